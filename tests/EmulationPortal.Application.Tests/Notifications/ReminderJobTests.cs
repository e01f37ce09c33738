using EmulationPortal.Application.Notifications;
using EmulationPortal.Application.Tests.Pledges;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests.Notifications;

/// <summary>
/// The morning job (deadline reminders, digests, then the queued emails) against a real SMTP server: run on two portal
/// instances over one database file at the same moment, then once more as after a restart, each reminder is emailed once.
/// </summary>
public sealed class ReminderJobTests(SmtpServerFixture smtp) : PledgeTestBase, IClassFixture<SmtpServerFixture>
{
    protected override IReadOnlyDictionary<string, string?>? Settings => smtp.Server.PortalSettings();

    /// <summary>What the scheduler's two jobs do on one instance: the daily run, then delivery until nothing is left for it.</summary>
    private static async Task MorningAsync(SqliteTestDatabase instance)
    {
        await instance.Get<DeadlineReminders>().RunAsync(Ct);
        await instance.Get<EmailDelivery>().SendDigestsAsync(Ct);
        while ((await instance.Get<EmailDelivery>().DeliverDueAsync(Ct)).Sent > 0)
        {
        }
    }

    [Fact]
    public async Task The_reminder_job_on_two_instances_and_again_after_a_restart_emails_each_person_once()
    {
        await smtp.Server.ClearAsync(Ct);
        Today(17); // the demo drive's pledges close on 20/1: three days before, the reminders start
        await using var second = Database.SecondInstance();

        await Task.WhenAll(Task.Run(() => MorningAsync(Database), Ct), Task.Run(() => MorningAsync(second), Ct));
        await MorningAsync(Database);
        await MorningAsync(second);

        await using var db = Database.NewContext();
        var reminders = await db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.PledgeDeadlineSoon).ToListAsync(Ct);
        Assert.NotEmpty(reminders);
        Assert.Equal(reminders.Count, reminders.Select(n => n.RecipientId).Distinct().Count());
        var all = await db.Notifications.AsNoTracking().ToListAsync(Ct);
        Assert.All(all, n => Assert.Equal((EmailState.Sent, 1), (n.Email, n.Attempts)));
        var recipients = all.Select(n => n.RecipientId).ToList();
        var addresses = await db.Users.Where(u => recipients.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email!, Ct);
        var received = await smtp.Server.MessagesAsync(Ct);
        Assert.Equal(all.Select(n => addresses[n.RecipientId]).Order(), received.SelectMany(m => m.To).Order());
        var reminderAddresses = reminders.Select(n => addresses[n.RecipientId]).Order();
        Assert.Equal(reminderAddresses, received.Where(m => m.Subject.StartsWith("Sắp hết hạn đăng ký thi đua: ", StringComparison.Ordinal)).SelectMany(m => m.To).Order());
    }

    [Fact]
    public async Task A_day_later_the_same_people_are_reminded_again_once()
    {
        Today(17);
        Assert.True(await Get<DeadlineReminders>().RunAsync(Ct) > 0);
        Assert.Equal(0, await Get<DeadlineReminders>().RunAsync(Ct)); // the same day: nothing new
        var first = await RemindedAsync();

        Today(18);
        await Get<DeadlineReminders>().RunAsync(Ct);
        await Get<DeadlineReminders>().RunAsync(Ct);

        var both = await RemindedAsync();
        Assert.NotEmpty(first);
        Assert.Equal(first.SelectMany(r => new[] { r, r }).Order(), both.Order()); // one more each, on the new day
    }

    private async Task<List<string>> RemindedAsync()
    {
        await using var db = Database.NewContext();
        return await db.Notifications.Where(n => n.Kind == NotificationKind.PledgeDeadlineSoon).Select(n => n.RecipientId).ToListAsync(Ct);
    }
}
