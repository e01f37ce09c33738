using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Clusters;

/// <summary>
/// A cluster's covenant (giao ước thi đua) for one year: weighted criteria, each member's commitments and its leader's
/// signature, progress through the year, and at year end the self- and cross-scores and the vote that acclaims the
/// leading unit (DOMAIN-AWARDS.md). A member's commitments are frozen once it signed; scores once the vote started.
/// </summary>
public partial class Covenant : IVersioned
{
    /// <summary>Points are given per criterion on a scale of 0 to 10.</summary>
    public const double MaxPoints = 10;

    private Covenant()
    {
    }

    public Covenant(EmulationCluster cluster, int year, IReadOnlyList<CriterionDefinition> criteria)
    {
        if (cluster.MembersIn(year).Count == 0)
        {
            throw new DomainRuleException("covenant.noMembers", "The cluster has no members in this year.");
        }

        if (criteria.Count == 0 || criteria.Any(c => c.Weight <= 0 || !double.IsFinite(c.Weight) || UserText.Normalize(c.Name).Length is 0 or > CovenantCriterion.NameMaxLength))
        {
            throw new DomainRuleException("covenant.criteria.invalid", "A covenant needs named criteria with positive weights.");
        }

        ClusterId = cluster.Id;
        Year = year;
        Criteria = criteria.Select((c, i) => new CovenantCriterion(c with { Name = UserText.Normalize(c.Name) }, i)).ToList();
    }

    public int Id { get; private set; }
    public int ClusterId { get; private set; }
    public int Year { get; private set; }
    public List<CovenantCriterion> Criteria { get; private set; } = [];
    public List<CovenantCommitment> Commitments { get; private set; } = [];
    public List<CovenantSignature> Signatures { get; private set; } = [];
    public List<CovenantReport> Reports { get; private set; } = [];
    public List<CovenantScore> Scores { get; private set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool HasSigned(int unitId) => Signatures.Exists(s => s.OrgUnitId == unitId);

    /// <summary>The member's commitments, one value per criterion; they can be revised until its leader signs.</summary>
    public void Commit(EmulationCluster cluster, int unitId, IReadOnlyDictionary<int, double> values)
    {
        EnsureMember(cluster, unitId);
        if (HasSigned(unitId))
        {
            throw new DomainRuleException("covenant.signed", "The unit has signed; its commitments are fixed.");
        }

        foreach (var (criterionId, value) in values)
        {
            var criterion = CriterionOf(criterionId);
            if (!double.IsFinite(value) || value < 0 || value > Criterion.MaxValue || !criterion.Measure.FitsGrain(value))
            {
                throw new DomainRuleException("covenant.commitment.invalid", "A commitment is a non-negative number that fits its measure.");
            }

            var commitment = Commitments.SingleOrDefault(c => c.OrgUnitId == unitId && c.CriterionId == criterionId);
            if (commitment is null)
            {
                Commitments.Add(new CovenantCommitment(unitId, criterionId, value));
            }
            else
            {
                commitment.Value = value;
            }
        }
    }

    /// <summary>The member's leader signs for the unit, once, when it has committed to every criterion.</summary>
    public void Sign(EmulationCluster cluster, int unitId, string userId, DateTime nowUtc)
    {
        EnsureMember(cluster, unitId);
        if (HasSigned(unitId))
        {
            throw new DomainRuleException("covenant.signed", "The unit has signed already.");
        }

        if (Criteria.Exists(c => !Commitments.Exists(m => m.OrgUnitId == unitId && m.CriterionId == c.Id)))
        {
            throw new DomainRuleException("covenant.commitments.missing", "Commit to every criterion before signing.");
        }

        Signatures.Add(new CovenantSignature(unitId, userId, nowUtc));
    }

    /// <summary>A signed member reports where it stands on a commitment.</summary>
    public void Report(EmulationCluster cluster, int unitId, int criterionId, double value, DateOnly asOf, string userId)
    {
        EnsureSigned(cluster, unitId);
        if (!double.IsFinite(value) || value < 0 || value > Criterion.MaxValue || !CriterionOf(criterionId).Measure.FitsGrain(value) || asOf.Year != Year)
        {
            throw new DomainRuleException("covenant.report.invalid", "A report is a non-negative number of the covenant's year.");
        }

        Reports.Add(new CovenantReport(unitId, criterionId, value, asOf, userId));
    }

    /// <summary>A signed member scores a signed member (itself, with evidence, for the self-score) on one criterion.</summary>
    public void Score(EmulationCluster cluster, int scorerUnitId, int scoredUnitId, int criterionId, double points, string? evidence, string userId, DateTime nowUtc)
    {
        EnsureSigned(cluster, scorerUnitId);
        EnsureSigned(cluster, scoredUnitId);
        CriterionOf(criterionId);
        if (AcclamationRounds.Count > 0)
        {
            throw new DomainRuleException("covenant.scoring.closed", "Scores are fixed once the vote has started.");
        }

        var text = evidence is null ? null : UserText.Normalize(evidence);
        if (!double.IsFinite(points) || points < 0 || points > MaxPoints)
        {
            throw new DomainRuleException("covenant.score.range", "Points are between 0 and 10.");
        }

        if (text?.Length > CovenantScore.EvidenceMaxLength || (scorerUnitId == scoredUnitId && string.IsNullOrEmpty(text)))
        {
            throw new DomainRuleException("covenant.score.evidence", "A self-score needs its evidence (at most 2000 characters).");
        }

        var score = Scores.SingleOrDefault(s => s.ScorerUnitId == scorerUnitId && s.ScoredUnitId == scoredUnitId && s.CriterionId == criterionId);
        if (score is null)
        {
            score = new CovenantScore(scorerUnitId, scoredUnitId, criterionId);
            Scores.Add(score);
        }

        score.Points = points;
        score.Evidence = string.IsNullOrEmpty(text) ? null : text;
        score.UserId = userId;
        score.ScoredAtUtc = nowUtc;
    }

    public CovenantRanking Ranking(EmulationCluster cluster) => CovenantRanking.Of(this, cluster.MembersIn(Year).Select(m => m.OrgUnitId).ToList());

    private CovenantCriterion CriterionOf(int criterionId) =>
        Criteria.SingleOrDefault(c => c.Id == criterionId) ?? throw new DomainRuleException("covenant.criterion.unknown", "No such criterion in this covenant.");

    private void EnsureMember(EmulationCluster cluster, int unitId)
    {
        if (cluster.Id != ClusterId || !cluster.IsMember(unitId, Year))
        {
            throw new DomainRuleException("covenant.notMember", "The unit is not a member of the cluster this year.");
        }
    }

    private void EnsureSigned(EmulationCluster cluster, int unitId)
    {
        EnsureMember(cluster, unitId);
        if (!HasSigned(unitId))
        {
            throw new DomainRuleException("covenant.notSigned", "The unit has not signed the covenant.");
        }
    }
}
