using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Application.Identity;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Campaigns;

/// <summary>
/// An admin moves a drive along Draft → Open → Closed → Archived. Opening needs a target for every participating
/// unit on every criterion; when some are missing, the outcome lists them.
/// </summary>
public sealed class ChangeCampaignStatus(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
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
            return Outcome<IReadOnlyList<MissingTarget>>.Ok([]);
        });
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
