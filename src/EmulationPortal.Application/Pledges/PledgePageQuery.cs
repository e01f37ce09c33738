using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Pledges;

/// <summary>The pledge page: the drive, the user's own pledge in it (or a fresh draft), and whether it can still change.</summary>
public sealed class PledgePageQuery(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock) : IUseCase
{
    public sealed record PledgePage(
        int CampaignId,
        string CampaignTitle,
        DateOnly PledgeDeadline,
        bool AcceptsPledges,
        int? PledgeId,
        PledgeStatus? Status,
        string? ReturnReason,
        DateTime? SubmittedAtUtc,
        PledgeDraft Draft);

    public async Task<Outcome<PledgePage>> ForAsync(ICurrentUser user, int campaignId, bool collective, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Criteria).SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Outcome<PledgePage>.From(Outcome.NotFound());
        }

        if (!await db.MayPledgeAsync(user, campaignId, collective, ct))
        {
            return Outcome<PledgePage>.From(Outcome.Forbidden());
        }

        var pledge = await db.OwnPledgeAsync(user, campaignId, collective, ct);
        var unitId = user.OrgUnitId;
        // The unit's targets are shown beside every pledge's fields; only a collective pledge starts from them.
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.CampaignId == campaignId && t.OrgUnitId == unitId)
            .ToDictionaryAsync(t => t.CriterionId, t => t.TargetValue, ct);

        var draft = new PledgeDraft
        {
            CampaignId = campaignId,
            Collective = collective,
            Version = pledge?.Version,
            ActionProgramme = pledge?.ActionProgramme ?? string.Empty,
            Lines = campaign.Criteria.OrderBy(c => c.SortOrder).Select(c => LineFor(c, pledge, targets, collective)).ToList(),
        };

        return Outcome<PledgePage>.Ok(new PledgePage(
            campaign.Id, campaign.Title, campaign.PledgeDeadline, campaign.AcceptsPledges(clock.Today()),
            pledge?.Id, pledge?.Status, pledge?.ReturnReason, pledge?.SubmittedAtUtc, draft));
    }

    /// <summary>
    /// The line as stored: ticked when the pledge names the criterion or the drive requires it, with its value or none. A line
    /// without a value holds what ticking it starts from: the unit's target (collective), "no" for a yes/no criterion, or nothing.
    /// </summary>
    private static PledgeLine LineFor(Criterion criterion, Pledge? pledge, Dictionary<int, double> targets, bool collective)
    {
        var target = targets.TryGetValue(criterion.Id, out var t) ? t : (double?)null;
        var start = collective ? target : null;
        var item = pledge?.Items.SingleOrDefault(i => i.CriterionId == criterion.Id);
        return new PledgeLine
        {
            CriterionId = criterion.Id,
            Name = criterion.Name,
            Description = criterion.Description,
            Measure = criterion.Measure,
            UnitOfMeasure = criterion.UnitOfMeasure,
            Direction = criterion.Direction,
            Target = target,
            Required = criterion.Required,
            Included = item is not null || criterion.Required,
            Value = item is null ? start ?? (criterion.Measure == Measure.YesNo ? 0 : null) : item.CommittedValue,
        };
    }
}
