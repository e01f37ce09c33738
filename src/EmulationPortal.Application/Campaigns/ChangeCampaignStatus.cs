using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Application.Notifications;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>
/// An admin moves a drive along Draft → Open → Closed → Archived. Opening needs a target for every participating
/// unit on every criterion; when some are missing, the outcome lists them.
/// </summary>
/// <remarks>Opening tells the staff of the participating units (and their sub-units) in the same transaction (the outbox).</remarks>
public sealed class ChangeCampaignStatus(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, NotificationOutbox outbox, NotificationSignal signal) : IUseCase
{
    public const string MissingTargetsCode = "campaign.open.missingTargets";

    public sealed record Request(int CampaignId, Guid Version, CampaignStatus To);

    public sealed record MissingTarget(string UnitCode, string UnitName, string Criterion);

    public async Task<Outcome<IReadOnlyList<MissingTarget>>> ExecuteAsync(ICurrentUser user, Request request, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            return Outcome<IReadOnlyList<MissingTarget>>.From(Outcome.Forbidden());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ActAs(user);
        var campaign = await db.Campaigns.Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == request.CampaignId, ct);
        if (campaign is null)
        {
            return Outcome<IReadOnlyList<MissingTarget>>.From(Outcome.NotFound());
        }

        var entry = db.Entry(campaign);
        entry.Property(c => c.Version).OriginalValue = request.Version;
        entry.Property(c => c.Version).IsModified = true;
        IReadOnlyList<string> told = [];
        return await db.GuardAsync(async () =>
        {
            switch (request.To)
            {
                case CampaignStatus.Open:
                    var missing = await MissingTargetsAsync(db, campaign.Id, ct);
                    if (missing.Count > 0)
                    {
                        return new Outcome<IReadOnlyList<MissingTarget>>(OutcomeStatus.RuleBroken, [], missing, MissingTargetsCode);
                    }

                    campaign.Open(clock.GetUtcNow().UtcDateTime);
                    told = await TellStaffAsync(db, campaign, ct);
                    break;
                case CampaignStatus.Closed:
                    campaign.Close();
                    break;
                case CampaignStatus.Archived:
                    campaign.Archive();
                    break;
                default:
                    throw new DomainRuleException("campaign.status.invalidTransition", $"A drive cannot move back to {request.To}.");
            }

            await db.SaveChangesAsync(ct);
            signal.Notify(told);
            return Outcome<IReadOnlyList<MissingTarget>>.Ok([]);
        });
    }

    /// <summary>The drive opened: every staff member of a participating unit or its sub-units is invited to pledge, once.</summary>
    private async Task<IReadOnlyList<string>> TellStaffAsync(PortalDbContext db, Campaign campaign, CancellationToken ct)
    {
        var participating = await db.CampaignUnits.Where(p => p.CampaignId == campaign.Id).Select(p => p.OrgUnitId).ToListAsync(ct);
        var children = (await db.OrgUnits.Where(u => u.ParentId != null).Select(u => new { u.Id, Parent = u.ParentId!.Value }).ToListAsync(ct))
            .ToLookup(u => u.Parent, u => u.Id);
        var units = participating.SelectMany(unit => UnitScope.Subtree(unit, children)).ToHashSet();
        var staff = await NotificationRecipients.InRoleAsync(db, Roles.Staff, units, ct);
        var link = campaign.PledgesRequired ? $"/campaigns/{campaign.Id}/pledge" : $"/campaigns/{campaign.Id}";
        var message = new NotificationOutbox.Message(NotificationKind.DriveOpened, link, campaign.Title, null);
        return await outbox.AddAsync(db, staff, message, r => $"{NotificationKind.DriveOpened}:{campaign.Id}:{r}", clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>Every participating unit × criterion pair without a target, computed in SQL.</summary>
    private static async Task<IReadOnlyList<MissingTarget>> MissingTargetsAsync(PortalDbContext db, int campaignId, CancellationToken ct) =>
        await (from participation in db.CampaignUnits.Where(p => p.CampaignId == campaignId)
               from criterion in db.Criteria.Where(k => k.CampaignId == campaignId)
               where !db.UnitTargets.Any(t => t.CampaignId == campaignId && t.OrgUnitId == participation.OrgUnitId && t.CriterionId == criterion.Id)
               join unit in db.OrgUnits on participation.OrgUnitId equals unit.Id
               orderby unit.Code, criterion.SortOrder
               select new MissingTarget(unit.Code, unit.Name, criterion.Name))
            .ToListAsync(ct);
}
