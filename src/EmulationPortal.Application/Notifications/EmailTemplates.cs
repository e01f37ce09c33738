using System.Net;
using System.Text;
using EmulationPortal.Domain.Notifications;
using MimeKit;

namespace EmulationPortal.Application.Notifications;

/// <summary>
/// The emails, in Vietnamese or English by the recipient's culture, each as plain text and HTML. {0} is the subject
/// (a drive's title, a unit's name), {1} the detail (a return reason, a count).
/// </summary>
public static class EmailTemplates
{
    private sealed record Text(string Title, string Body);

    private static readonly Dictionary<NotificationKind, Text> Vietnamese = new()
    {
        [NotificationKind.DriveOpened] = new("Đợt thi đua mới: {0}", "Đợt thi đua \"{0}\" đã được phát động. Mời đồng chí đăng ký thi đua."),
        [NotificationKind.PledgeDeadlineSoon] = new("Sắp hết hạn đăng ký thi đua: {0}", "Đồng chí chưa đăng ký thi đua trong đợt thi đua \"{0}\". Hạn đăng ký: {1}."),
        [NotificationKind.PledgeReturned] = new("Bản đăng ký thi đua bị trả lại: {0}", "Bản đăng ký của đồng chí trong đợt thi đua \"{0}\" đã bị trả lại. Lý do: {1}"),
        [NotificationKind.PledgesAwaitingReview] = new("Bản đăng ký chờ duyệt: {0}", "Có {1} bản đăng ký thi đua trong đợt thi đua \"{0}\" đang chờ đồng chí duyệt."),
        [NotificationKind.LaunchDeadlineSoon] = new("Sắp hết hạn phát động: {0}", "Đơn vị {1} chưa phát động đợt thi đua \"{0}\"; hạn phát động sắp đến."),
        [NotificationKind.LaunchDeadlineMissed] = new("Quá hạn phát động: {0}", "Đơn vị {1} chưa phát động đợt thi đua \"{0}\" và đã quá hạn phát động."),
    };

    private static readonly Dictionary<NotificationKind, Text> English = new()
    {
        [NotificationKind.DriveOpened] = new("New emulation drive: {0}", "The drive \"{0}\" has been launched. Please register your pledge."),
        [NotificationKind.PledgeDeadlineSoon] = new("Pledge deadline approaching: {0}", "You have not pledged in the drive \"{0}\" yet. Pledge deadline: {1}."),
        [NotificationKind.PledgeReturned] = new("Your pledge was returned: {0}", "Your pledge in the drive \"{0}\" was returned. Reason: {1}"),
        [NotificationKind.PledgesAwaitingReview] = new("Pledges awaiting review: {0}", "{1} pledges in the drive \"{0}\" are waiting for your review."),
        [NotificationKind.LaunchDeadlineSoon] = new("Launch deadline approaching: {0}", "Unit {1} has not launched the drive \"{0}\" yet; its launch deadline is near."),
        [NotificationKind.LaunchDeadlineMissed] = new("Launch deadline missed: {0}", "Unit {1} has not launched the drive \"{0}\" and its launch deadline has passed."),
    };

    public sealed record Line(NotificationKind Kind, string Subject, string? Detail, string Link);

    public static bool IsEnglish(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>One notification's email: its own subject line, the text, and the link to act on.</summary>
    public static (string Subject, MimeEntity Body) Single(string culture, Line line, string baseUrl)
    {
        var text = (IsEnglish(culture) ? English : Vietnamese)[line.Kind];
        return (Format(text.Title, line), Body(culture, [line], baseUrl));
    }

    /// <summary>The daily digest: every waiting notification of one person in one email.</summary>
    public static (string Subject, MimeEntity Body) Digest(string culture, IReadOnlyList<Line> lines, string baseUrl)
    {
        var subject = IsEnglish(culture) ? $"Emulation portal: {lines.Count} notifications today" : $"Cổng thi đua: {lines.Count} thông báo hôm nay";
        return (subject, Body(culture, lines, baseUrl));
    }

    private static MimeEntity Body(string culture, IReadOnlyList<Line> lines, string baseUrl)
    {
        var english = IsEnglish(culture);
        var texts = english ? English : Vietnamese;
        var open = english ? "Open" : "Mở trang";
        var plain = new StringBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{(english ? "en" : "vi")}\"><body>");
        foreach (var line in lines)
        {
            var body = Format(texts[line.Kind].Body, line);
            var link = baseUrl.TrimEnd('/') + line.Link;
            plain.AppendLine(body).AppendLine($"{open}: {link}").AppendLine();
            html.Append($"<p>{WebUtility.HtmlEncode(body)}<br><a href=\"{WebUtility.HtmlEncode(link)}\">{open}</a></p>");
        }

        html.Append("</body></html>");
        return new BodyBuilder { TextBody = plain.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
    }

    private static string Format(string template, Line line) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, line.Subject, line.Detail ?? string.Empty);
}
