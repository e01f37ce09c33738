using EmulationPortal.Application.Access;
using EmulationPortal.Application.Notifications;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Tests.Pledges;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Notifications;

/// <summary>Email against a real SMTP server (smtp4dev), read back through its API: language, content, and no loss.</summary>
public sealed class EmailDeliveryTests(SmtpServerFixture smtp) : PledgeTestBase, IClassFixture<SmtpServerFixture>
{
    protected override IReadOnlyDictionary<string, string?>? Settings => smtp.Server.PortalSettings();

    private async Task<ICurrentUser> ReturnedPledgeAsync(string reason, int skip = 0)
    {
        var staff = await StaffWithoutPledgeAsync("px3", skip);
        var saved = await SubmittedPledgeAsync(staff);
        var returned = await Get<ReturnPledge>().ExecuteAsync(await LeaderAsync("px3"), new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = reason }, Ct);
        Assert.True(returned.Succeeded, returned.Status.ToString());
        return staff;
    }

    private async Task<string> EmailOfAsync(ICurrentUser user)
    {
        await using var db = Database.NewContext();
        return await db.Users.Where(u => u.Id == user.UserId).Select(u => u.Email!).SingleAsync(Ct);
    }

    [Fact]
    public async Task A_returned_pledge_emails_its_author_in_their_language_as_text_and_html()
    {
        await smtp.Server.ClearAsync(Ct);
        var english = await StaffWithoutPledgeAsync("px3");
        Assert.True((await Get<RememberCulture>().ExecuteAsync(english, "en-US", Ct)).Succeeded);
        await ReturnedPledgeAsync("Add the initiatives target", skip: 0);
        var vietnamese = await ReturnedPledgeAsync("Bổ sung chỉ tiêu sáng kiến", skip: 0);

        var result = await Get<EmailDelivery>().DeliverDueAsync(Ct);

        Assert.Equal(new EmailDelivery.Result(2, 0), result);
        var messages = await smtp.Server.MessagesAsync(Ct);
        var (englishEmail, vietnameseEmail) = (await EmailOfAsync(english), await EmailOfAsync(vietnamese));
        var toEnglish = Assert.Single(messages, m => m.To.Contains(englishEmail));
        var toVietnamese = Assert.Single(messages, m => m.To.Contains(vietnameseEmail));
        Assert.StartsWith("Your pledge was returned: ", toEnglish.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Bản đăng ký thi đua bị trả lại: ", toVietnamese.Subject, StringComparison.Ordinal);
        var text = await smtp.Server.PlainTextAsync(toEnglish.Id, Ct);
        Assert.Contains("Reason: Add the initiatives target", text, StringComparison.Ordinal);
        Assert.Contains($"https://thidua.z121.demo/campaigns/{CampaignId}/pledge", text, StringComparison.Ordinal);
        Assert.Contains("Lý do: Bổ sung chỉ tiêu sáng kiến", await smtp.Server.PlainTextAsync(toVietnamese.Id, Ct), StringComparison.Ordinal);
        Assert.Contains($"href=\"https://thidua.z121.demo/campaigns/{CampaignId}/pledge\"", await smtp.Server.HtmlAsync(toVietnamese.Id, Ct), StringComparison.Ordinal);

        Assert.Equal(new EmailDelivery.Result(0, 0), await Get<EmailDelivery>().DeliverDueAsync(Ct)); // sent is never sent again
        Assert.Equal(2, (await smtp.Server.MessagesAsync(Ct)).Count);
    }

    [Fact]
    public async Task The_daily_digest_gathers_a_persons_waiting_notifications_into_one_email_and_in_app_only_sends_none()
    {
        await smtp.Server.ClearAsync(Ct);
        var digest = await StaffWithoutPledgeAsync("px3");
        var inAppOnly = await StaffWithoutPledgeAsync("px3", skip: 1);
        var toDigest = new Dictionary<NotificationKind, NotificationChannel> { [NotificationKind.PledgeReturned] = NotificationChannel.DailyDigest, [NotificationKind.PledgeDeadlineSoon] = NotificationChannel.DailyDigest };
        await Get<SaveNotificationPreferences>().ExecuteAsync(digest, toDigest, Ct);
        await Get<SaveNotificationPreferences>().ExecuteAsync(inAppOnly, new Dictionary<NotificationKind, NotificationChannel> { [NotificationKind.PledgeReturned] = NotificationChannel.InAppOnly }, Ct);
        await ReturnedPledgeAsync("Lần một"); // the digest user's
        await ReturnedPledgeAsync("Chỉ trong ứng dụng"); // the in-app-only user's (the first has pledged now)
        await using (var db = Database.NewContext())
        {
            var reminder = new NotificationOutbox.Message(NotificationKind.PledgeDeadlineSoon, "/campaigns/1/pledge", "Đợt thi đua", "15/01/2021");
            await Get<NotificationOutbox>().AddAsync(db, [digest.UserId], reminder, r => $"test:{r}", Database.Clock.GetUtcNow().UtcDateTime, Ct);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(new EmailDelivery.Result(0, 0), await Get<EmailDelivery>().DeliverDueAsync(Ct));
        var digests = await Get<EmailDelivery>().SendDigestsAsync(Ct);

        Assert.Equal(1, digests.Sent);
        var message = Assert.Single(await smtp.Server.MessagesAsync(Ct));
        Assert.Contains(await EmailOfAsync(digest), message.To);
        Assert.Equal("Cổng thi đua: 2 thông báo hôm nay", message.Subject);
        var text = await smtp.Server.PlainTextAsync(message.Id, Ct);
        Assert.Contains("Lý do: Lần một", text, StringComparison.Ordinal);
        Assert.Contains("Hạn đăng ký: 15/01/2021", text, StringComparison.Ordinal);
        Assert.Equal(1, await Get<NotificationsQuery>().UnreadCountAsync(inAppOnly, Ct)); // told in the app all the same
    }

    [Fact]
    public async Task While_the_SMTP_server_is_down_emails_stay_queued_with_the_error_and_all_go_once_it_is_up()
    {
        await using var server = Smtp4devServer.Reserve(); // its ports, nothing listening yet
        await using var database = await SqliteTestDatabase.CreateAsync(seedDemoData: true, server.PortalSettings());
        var failing = await ReturnThreeAsync(database);

        var down = await database.Get<EmailDelivery>().DeliverDueAsync(Ct);

        Assert.Equal(new EmailDelivery.Result(0, 3), down);
        await using (var db = database.NewContext())
        {
            var rows = await db.Notifications.AsNoTracking().ToListAsync(Ct);
            Assert.All(rows, n => Assert.Equal((EmailState.Queued, 1), (n.Email, n.Attempts)));
            Assert.All(rows, n => Assert.False(string.IsNullOrEmpty(n.LastError)));
            Assert.Equal(3, (await database.Get<NotificationLogQuery>().ForAsync(new TestUser("admin", 0, Identity.Roles.Admin), NotificationLogQuery.Filter.Failing, Ct)).Value!.Count);
        }

        Assert.Equal(new EmailDelivery.Result(0, 0), await database.Get<EmailDelivery>().DeliverDueAsync(Ct)); // backing off
        await server.StartServerAsync(Ct);
        database.Clock.Advance(TimeSpan.FromMinutes(2));
        var up = await database.Get<EmailDelivery>().DeliverDueAsync(Ct);

        Assert.Equal(new EmailDelivery.Result(3, 0), up);
        var received = await server.MessagesAsync(Ct);
        Assert.Equal(3, received.Count);
        Assert.Equal(failing.Order(), received.SelectMany(m => m.To).Order());
        await using var after = database.NewContext();
        Assert.All(await after.Notifications.AsNoTracking().ToListAsync(Ct), n => Assert.Equal((EmailState.Sent, 2, null), (n.Email, n.Attempts, n.LastError)));
    }

    /// <summary>Three staff of PX3 submit and have their pledge returned on <paramref name="database"/>; returns their emails.</summary>
    private static async Task<List<string>> ReturnThreeAsync(SqliteTestDatabase database)
    {
        await using var db = database.NewContext();
        var campaignId = await db.Campaigns.Select(c => c.Id).SingleAsync(Ct);
        var leaderAccount = await db.Users.SingleAsync(u => u.Email == "px3.truong@z121.demo", Ct);
        var leader = new TestUser(leaderAccount.Id, leaderAccount.OrgUnitId, Identity.Roles.UnitLeader);
        var staff = await db.Users.Where(u => u.Email!.StartsWith("px3.cnv") && !db.Pledges.Any(p => p.UserId == u.Id)).OrderBy(u => u.Email).Take(3).ToListAsync(Ct);
        foreach (var person in staff)
        {
            var user = new TestUser(person.Id, person.OrgUnitId, Identity.Roles.Staff);
            var draft = (await database.Get<PledgePageQuery>().ForAsync(user, campaignId, false, Ct)).Value!.Draft;
            foreach (var line in draft.Lines)
            {
                line.Included = true;
                line.Value ??= line.Measure == Domain.Campaigns.Measure.Percentage ? 100 : 2;
            }

            draft.ActionProgramme = "Hoàn thành vượt mức kế hoạch.";
            draft.Intent = PledgeIntent.Submit;
            var saved = (await database.Get<SavePledge>().ExecuteAsync(user, draft, Ct)).Value!;
            Assert.True((await database.Get<ReturnPledge>().ExecuteAsync(leader, new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = "Bổ sung" }, Ct)).Succeeded);
        }

        return staff.Select(s => s.Email!).ToList();
    }
}
