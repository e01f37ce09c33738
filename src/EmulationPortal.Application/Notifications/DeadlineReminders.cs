using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Notifications;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Application.Notifications;

/// <summary>
/// The daily scan of open drives' deadlines. Every reminder's dedupe key names its kind, subject, recipient and day,
/// so running the scan again (a restart, a second instance, a retried trigger) adds nothing: idempotent by the store.
/// </summary>
public sealed class DeadlineReminders(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, NotificationOutbox outbox, NotificationSignal signal, IOptions<NotificationOptions> options)
{
    /// <summary>Adds today's reminders not stored yet; returns how many. A concurrent run's duplicate fails its save and is dropped.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var drives = await db.Campaigns.AsNoTracking().Include(c => c.Units).Where(c => c.Status == CampaignStatus.Open).ToListAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToListAsync(ct);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var told = new List<string>();
        foreach (var drive in drives)
        {
            var subtree = drive.Units.SelectMany(u => UnitScope.Subtree(u.OrgUnitId, children)).ToHashSet();
            told.AddRange(await PledgeDeadlineAsync(db, drive, subtree, today, now, ct));
            told.AddRange(await AwaitingReviewAsync(db, drive, today, now, ct));
            foreach (var unit in drive.Units.Where(u => u.LaunchedAtUtc is null))
            {
                told.AddRange(await LaunchDeadlineAsync(db, drive, unit.OrgUnitId, units.Single(u => u.Id == unit.OrgUnitId).Name, today, now, ct));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException failure) when (SaveFailures.IsStoreFailure(failure))
        {
            return 0; // another instance stored the same reminders first (the dedupe key's unique index)
        }

        signal.Notify(told);
        return told.Count;
    }

    /// <summary>Staff of the drive's units who have not submitted a pledge, each day from N days before the deadline.</summary>
    private async Task<IReadOnlyList<string>> PledgeDeadlineAsync(PortalDbContext db, Campaign drive, HashSet<int> subtree, DateOnly today, DateTime now, CancellationToken ct)
    {
        if (!drive.PledgesRequired || today > drive.PledgeDeadline || today < drive.PledgeDeadline.AddDays(-options.Value.ReminderDays))
        {
            return [];
        }

        var pledged = new[] { PledgeStatus.Submitted, PledgeStatus.Accepted };
        var staff = await db.Users.Where(u => subtree.Contains(u.OrgUnitId)
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Staff))
                && !db.Pledges.Any(p => p.CampaignId == drive.Id && p.UserId == u.Id && pledged.Contains(p.Status)))
            .Select(u => u.Id).ToListAsync(ct);
        var message = new NotificationOutbox.Message(NotificationKind.PledgeDeadlineSoon, $"/campaigns/{drive.Id}/pledge", drive.Title, drive.PledgeDeadline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        return await outbox.AddAsync(db, staff, message, r => $"{NotificationKind.PledgeDeadlineSoon}:{drive.Id}:{r}:{today:yyyyMMdd}", now, ct);
    }

    /// <summary>Each leader with pledges of their subtree waiting for review: one a day per drive, with the count.</summary>
    private async Task<IReadOnlyList<string>> AwaitingReviewAsync(PortalDbContext db, Campaign drive, DateOnly today, DateTime now, CancellationToken ct)
    {
        var leaders = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.UnitLeader)))
            .Select(u => new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var waiting = await db.Pledges.Where(p => p.CampaignId == drive.Id && p.Status == PledgeStatus.Submitted).Select(p => new { p.OrgUnitId, p.UserId }).ToListAsync(ct);
        var told = new List<string>();
        foreach (var leader in leaders)
        {
            var scope = await db.VisibleUnitsAsync(new SignedInLeader(leader.Id, leader.OrgUnitId), ct);
            var count = waiting.Count(p => scope.Contains(p.OrgUnitId) && p.UserId != leader.Id && !(p.UserId is null && p.OrgUnitId == leader.OrgUnitId));
            if (count > 0)
            {
                var message = new NotificationOutbox.Message(NotificationKind.PledgesAwaitingReview, "/pledges/review", drive.Title, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                told.AddRange(await outbox.AddAsync(db, [leader.Id], message, r => $"{NotificationKind.PledgesAwaitingReview}:{drive.Id}:{r}:{today:yyyyMMdd}", now, ct));
            }
        }

        return told;
    }

    /// <summary>A unit not launched: its leaders and the political department, daily as the deadline nears, once when missed.</summary>
    private async Task<IReadOnlyList<string>> LaunchDeadlineAsync(PortalDbContext db, Campaign drive, int unitId, string unitName, DateOnly today, DateTime now, CancellationToken ct)
    {
        if (drive.LaunchDeadline is not { } deadline || today < deadline.AddDays(-options.Value.ReminderDays))
        {
            return [];
        }

        var recipients = (await NotificationRecipients.LeadersOfAsync(db, [unitId], ct)).Concat(await NotificationRecipients.PoliticalDepartmentAsync(db, ct)).ToList();
        var missed = today > deadline;
        var kind = missed ? NotificationKind.LaunchDeadlineMissed : NotificationKind.LaunchDeadlineSoon;
        var message = new NotificationOutbox.Message(kind, $"/campaigns/{drive.Id}", drive.Title, unitName);
        return await outbox.AddAsync(db, recipients, message, r => missed ? $"{kind}:{drive.Id}:{unitId}:{r}" : $"{kind}:{drive.Id}:{unitId}:{r}:{today:yyyyMMdd}", now, ct);
    }

    private sealed record SignedInLeader(string UserId, int OrgUnitId) : ICurrentUser
    {
        public bool IsInRole(string role) => role == Roles.UnitLeader;
    }
}
