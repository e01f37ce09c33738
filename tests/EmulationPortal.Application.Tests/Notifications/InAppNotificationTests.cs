using EmulationPortal.Application.Common;
using EmulationPortal.Application.Notifications;
using EmulationPortal.Application.Pledges;
using EmulationPortal.Application.Tests.Pledges;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Notifications;

/// <summary>The outbox and the in-app side: a returned pledge tells its author, once, and only they see and clear it.</summary>
public class InAppNotificationTests : PledgeTestBase
{
    private async Task<(Access.ICurrentUser Staff, int PledgeId)> ReturnedPledgeAsync(string reason = "Bổ sung chỉ tiêu sáng kiến")
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var saved = await SubmittedPledgeAsync(staff);
        var returned = await Get<ReturnPledge>().ExecuteAsync(await LeaderAsync("px3"), new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = reason }, Ct);
        Assert.True(returned.Succeeded, returned.Status.ToString());
        return (staff, saved.PledgeId);
    }

    [Fact]
    public async Task A_returned_pledge_tells_its_author_with_the_reason_and_the_page_to_act_on()
    {
        var signalled = new List<string>();
        var staff = await StaffWithoutPledgeAsync("px3");
        using var subscription = Get<NotificationSignal>().Subscribe(staff.UserId, () => signalled.Add(staff.UserId));
        var saved = await SubmittedPledgeAsync(staff);

        await Get<ReturnPledge>().ExecuteAsync(await LeaderAsync("px3"), new() { PledgeId = saved.PledgeId, Version = saved.Version, Reason = "Thiếu sáng kiến" }, Ct);

        Assert.Equal(1, await Get<NotificationsQuery>().UnreadCountAsync(staff, Ct));
        var row = Assert.Single(await Get<NotificationsQuery>().ListAsync(staff, unreadOnly: true, Ct));
        Assert.Equal((NotificationKind.PledgeReturned, $"/campaigns/{CampaignId}/pledge", "Thiếu sáng kiến"), (row.Kind, row.Link, row.Detail));
        Assert.Single(signalled);
        await using var db = Database.NewContext();
        Assert.Equal(EmailState.None, (await db.Notifications.SingleAsync(Ct)).Email); // SMTP is off by default
        Assert.Contains(await db.AuditEntries.Select(e => e.EntityType).ToListAsync(Ct), t => t == nameof(Notification)); // recorded
    }

    [Fact]
    public async Task Only_the_recipient_sees_and_marks_their_notifications_read()
    {
        var (staff, _) = await ReturnedPledgeAsync();
        var other = await StaffWithoutPledgeAsync("px2");
        var id = Assert.Single(await Get<NotificationsQuery>().ListAsync(staff, false, Ct)).Id;

        Assert.Empty(await Get<NotificationsQuery>().ListAsync(other, false, Ct));
        Assert.Equal(OutcomeStatus.NotFound, (await Get<MarkNotificationsRead>().ExecuteAsync(other, new(id), Ct)).Status);
        Assert.True((await Get<MarkNotificationsRead>().ExecuteAsync(other, new(null), Ct)).Succeeded);
        Assert.Equal(1, await Get<NotificationsQuery>().UnreadCountAsync(staff, Ct));

        Assert.True((await Get<MarkNotificationsRead>().ExecuteAsync(staff, new(null), Ct)).Succeeded);
        Assert.Equal(0, await Get<NotificationsQuery>().UnreadCountAsync(staff, Ct));
        Assert.True(Assert.Single(await Get<NotificationsQuery>().ListAsync(staff, false, Ct)).IsRead);
        Assert.Empty(await Get<NotificationsQuery>().ListAsync(staff, true, Ct));
    }

    [Fact]
    public async Task A_dedupe_key_is_stored_once_even_when_two_writers_race()
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var outbox = Get<NotificationOutbox>();
        var message = new NotificationOutbox.Message(NotificationKind.PledgeDeadlineSoon, "/campaigns/1/pledge", "Đợt thi đua", null);
        await using var first = Database.NewContext();
        await using var second = Database.NewContext();
        var now = Database.Clock.GetUtcNow().UtcDateTime;

        // Both scanned before either saved: each believes the key is free.
        Assert.Single(await outbox.AddAsync(first, [staff.UserId], message, r => $"k:{r}", now, Ct));
        Assert.Single(await outbox.AddAsync(second, [staff.UserId], message, r => $"k:{r}", now, Ct));
        await first.SaveChangesAsync(Ct);
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));

        await using var third = Database.NewContext();
        Assert.Empty(await outbox.AddAsync(third, [staff.UserId], message, r => $"k:{r}", now, Ct)); // a later run skips it
        await using var db = Database.NewContext();
        Assert.Equal(1, await db.Notifications.CountAsync(Ct));
    }

    [Fact]
    public async Task Each_user_keeps_their_own_channel_per_kind()
    {
        var staff = await StaffWithoutPledgeAsync("px3");
        var before = await Get<NotificationPreferencesQuery>().ForAsync(staff, Ct);
        Assert.All(before.Channels.Values, c => Assert.Equal(NotificationChannel.Email, c));
        Assert.False(before.EmailEnabled);

        await Get<SaveNotificationPreferences>().ExecuteAsync(staff, new Dictionary<NotificationKind, NotificationChannel> { [NotificationKind.PledgeReturned] = NotificationChannel.DailyDigest }, Ct);
        await Get<SaveNotificationPreferences>().ExecuteAsync(staff, new Dictionary<NotificationKind, NotificationChannel> { [NotificationKind.PledgeReturned] = NotificationChannel.InAppOnly }, Ct);

        var after = await Get<NotificationPreferencesQuery>().ForAsync(staff, Ct);
        Assert.Equal(NotificationChannel.InAppOnly, after.Channels[NotificationKind.PledgeReturned]);
        Assert.Equal(NotificationChannel.Email, after.Channels[NotificationKind.DriveOpened]);
        var other = await Get<NotificationPreferencesQuery>().ForAsync(await StaffWithoutPledgeAsync("px2"), Ct);
        Assert.Equal(NotificationChannel.Email, other.Channels[NotificationKind.PledgeReturned]);
    }
}
