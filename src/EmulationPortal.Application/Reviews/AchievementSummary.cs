using System.Globalization;
using EmulationPortal.Domain.Pledges;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Application.Reviews;

/// <summary>
/// The opening of a nomination's achievement summary, written from the portal's own record so the leader edits rather
/// than types it. In Vietnamese: it goes into the dossier, which is in Vietnamese whatever the leader's UI language.
/// </summary>
internal static class AchievementSummary
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string For(PersonAssessment person)
    {
        var parts = new List<string>();
        if (person.Evidence.Rating is { } rating)
        {
            parts.Add("Xếp loại năm: " + RatingName(rating) + ".");
        }

        foreach (var pledge in person.Evidence.Pledges.Where(p => p.Status == PledgeStatus.Accepted))
        {
            parts.Add(pledge.Completion is { } done
                ? string.Format(Vietnamese, "Đăng ký thi đua {0} được duyệt, đã thực hiện {1:P0} chỉ tiêu ({2}/{3} tiêu chí đã báo cáo).", Quoted(pledge.Drive), done.Value, done.Reported, done.Items)
                : string.Format(Vietnamese, "Đăng ký thi đua {0} được duyệt.", Quoted(pledge.Drive)));
        }

        var initiatives = person.Verdicts.Select(v => v.InitiativeUsed).OfType<string>().Distinct().ToList();
        if (initiatives.Count > 0)
        {
            parts.Add("Sáng kiến được công nhận: " + string.Join(", ", initiatives) + ".");
        }

        if (person.Evidence.Recognitions > 0)
        {
            parts.Add(string.Format(Vietnamese, "Được biểu dương {0} lần trong năm.", person.Evidence.Recognitions));
        }

        return string.Join(" ", parts);
    }

    /// <summary>A drive's name in quotes, unless it quotes its theme itself ("Đợt thi đua cao điểm “Lập công dâng Đảng”").</summary>
    private static string Quoted(string drive) => drive.Contains('“', StringComparison.Ordinal) ? drive : $"“{drive}”";

    private static string RatingName(DutyRating rating) => rating switch
    {
        DutyRating.Excellent => "hoàn thành xuất sắc nhiệm vụ",
        DutyRating.Good => "hoàn thành tốt nhiệm vụ",
        DutyRating.Completed => "hoàn thành nhiệm vụ",
        _ => "không hoàn thành nhiệm vụ",
    };
}
