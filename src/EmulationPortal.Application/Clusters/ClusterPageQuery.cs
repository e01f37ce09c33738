using EmulationPortal.Application.Access;
using EmulationPortal.Application.Common;
using EmulationPortal.Application.Council;
using EmulationPortal.Application.Data;
using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Progress;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Clusters;

/// <summary>A cluster's page for one year: members and signatures, progress side by side, the score matrix, the ranking and the vote.</summary>
public sealed class ClusterPageQuery(IDbContextFactory<PortalDbContext> dbFactory) : IUseCase
{
    /// <param name="year">The covenant's year; null for the latest.</param>
    public async Task<ClusterView?> ExecuteAsync(ICurrentUser user, int clusterId, int? year = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cluster = await db.Clusters.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clusterId, ct);
        if (cluster is null || !await ClusterAccess.MaySeeAsync(db, user, cluster, ct))
        {
            return null;
        }

        var years = await db.Covenants.Where(c => c.ClusterId == clusterId).Select(c => c.Year).OrderByDescending(y => y).ToListAsync(ct);
        var shown = year ?? (years.Count > 0 ? years[0] : cluster.Memberships.Select(m => m.Year).DefaultIfEmpty(0).Max());
        var covenant = await db.Covenants.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(c => c.ClusterId == clusterId && c.Year == shown, ct);
        var me = ClusterAccess.MemberUnitOf(user, cluster, shown);
        var oversees = await ClusterAccess.OverseesAsync(db, user, cluster, ct);
        if (me is null && !oversees)
        {
            return null;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var signers = covenant is null ? [] : covenant.Signatures.Select(s => s.UserId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => signers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var part = covenant is null ? null : await CovenantPartAsync(db, cluster, covenant, ct);
        var members = cluster.MembersIn(shown).Select(m =>
        {
            var signature = covenant?.Signatures.SingleOrDefault(s => s.OrgUnitId == m.OrgUnitId);
            return new ClusterView.Member(m.OrgUnitId, units[m.OrgUnitId], m.Role, signature is null ? null : names.GetValueOrDefault(signature.UserId, "?"), signature?.SignedAtUtc,
                part is null ? null : ProgressOf(part, m.OrgUnitId));
        }).ToList();

        return new ClusterView(cluster.Id, cluster.Name, cluster.Level, units[cluster.ManagingUnitId], shown, years, part, members,
            new ClusterView.Viewer(me, me is { } unit ? cluster.RoleOf(unit, shown) : null, oversees));
    }

    /// <summary>Whether a receipt code belongs to a ballot counted in this covenant's vote (never what it said).</summary>
    public async Task<bool> IsCountedAsync(int covenantId, string receiptCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hash = BallotReceipt.HashOf(receiptCode);
        return await db.AcclamationBallots.AnyAsync(b => b.ReceiptHash == hash && db.Set<AcclamationRound>().Any(r => r.Id == b.RoundId && r.CovenantId == covenantId), ct);
    }

    private static async Task<ClusterView.CovenantPart> CovenantPartAsync(PortalDbContext db, EmulationCluster cluster, Covenant covenant, CancellationToken ct)
    {
        var ranking = covenant.Ranking(cluster);
        var criteria = covenant.Criteria.OrderBy(c => c.SortOrder).ToList();
        var commitments = covenant.Commitments.ToDictionary(c => (c.OrgUnitId, c.CriterionId), c => c.Value);
        var reports = covenant.Reports.GroupBy(r => (r.OrgUnitId, r.CriterionId)).ToDictionary(g => g.Key, g =>
        {
            var latest = g.OrderByDescending(r => r.AsOf).ThenByDescending(r => r.Id).First();
            var criterion = criteria.Single(c => c.Id == g.Key.CriterionId);
            return new ClusterView.Progress(latest.Value, latest.AsOf, ClusterView.CompletionOf(criterion, commitments.TryGetValue(g.Key, out var v) ? v : null, latest.Value));
        });
        var scores = covenant.Scores.Select(s => new ClusterView.Score(s.ScorerUnitId, s.ScoredUnitId, s.CriterionId, s.Points, s.Evidence, ranking.IsOutlier(s.ScorerUnitId, s.ScoredUnitId, s.CriterionId))).ToList();
        var roundIds = covenant.AcclamationRounds.Select(r => r.Id).ToList();
        var voted = (await db.AcclamationVoteRecords.AsNoTracking().Where(v => roundIds.Contains(v.RoundId)).ToListAsync(ct)).ToLookup(v => v.RoundId, v => v.OrgUnitId);
        var flagRound = covenant.FlagNominationId is { } n ? await db.Nominations.Where(x => x.Id == n).Select(x => (int?)x.RoundId).SingleOrDefaultAsync(ct) : null;
        var rounds = covenant.AcclamationRounds.OrderBy(r => r.Number)
            .Select(r => new ClusterView.Round(r.Id, r.Number, r.IsClosed, r.Candidates, r.Membership, r.BallotsCounted, r.IsClosed ? r.Tallies.OrderByDescending(t => t.Votes).ToList() : [], voted[r.Id].ToHashSet()))
            .ToList();
        var acclamation = new ClusterView.AcclamationPart(rounds, await AcclamationRules.ThresholdAsync(db, covenant.Year, ct), covenant.LeaderUnitId, covenant.LeaderChosenBy,
            covenant.HeadChoiceUnitId, covenant.DeputyChoiceUnitId, covenant.FlagNominationId, flagRound);
        return new ClusterView.CovenantPart(covenant.Id, covenant.Version, criteria, commitments, reports, scores, ranking, acclamation);
    }

    /// <summary>A member's progress on the covenant: the weighted completion of its commitments, unreported ones at 0 with the count reported beside it.</summary>
    private static OverallCompletion? ProgressOf(ClusterView.CovenantPart part, int unitId) =>
        OverallCompletion.Weighted(part.Criteria.Where(c => part.Commitments.ContainsKey((unitId, c.Id)))
            .Select(c => (c.Weight, part.Reports.TryGetValue((unitId, c.Id), out var p) ? p.Completion : null)));
}
