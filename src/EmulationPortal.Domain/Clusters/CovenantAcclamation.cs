using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Council;
using EmulationPortal.Domain.Reviews;

namespace EmulationPortal.Domain.Clusters;

/// <summary>How the leading unit of the year was chosen.</summary>
public enum LeaderChoice
{
    /// <summary>Acclaimed (suy tôn) by the members' secret ballot.</summary>
    Vote = 0,

    /// <summary>Two ballot rounds failed; the head and the deputy decided together.</summary>
    HeadAndDeputy = 1,
}

/// <summary>
/// The vote that acclaims the cluster's leading unit: one secret ballot per member unit, cast by its leader, counted like
/// the council's (the threshold of the flag title against the whole membership, <see cref="BallotCount"/>), at most
/// <see cref="CouncilSession.MaxBallotRounds"/> rounds; then the head and the deputy decide, recorded as such.
/// </summary>
public partial class Covenant
{
    public List<AcclamationRound> AcclamationRounds { get; private set; } = [];
    public int? LeaderUnitId { get; private set; }
    public LeaderChoice? LeaderChosenBy { get; private set; }
    public int? HeadChoiceUnitId { get; private set; }
    public int? DeputyChoiceUnitId { get; private set; }

    /// <summary>The flag nomination the head made for the leading unit in the review round.</summary>
    public int? FlagNominationId { get; private set; }

    public AcclamationRound? OpenAcclamationRound => AcclamationRounds.SingleOrDefault(r => !r.IsClosed);

    /// <summary>The head opens round 1 on every member, or round 2 on those round 1 gave the most votes.</summary>
    public AcclamationRound StartAcclamationRound(EmulationCluster cluster, int byUnitId)
    {
        EnsureRole(cluster, byUnitId, ClusterRole.Head);
        var last = AcclamationRounds.MaxBy(r => r.Number);
        if (LeaderUnitId is not null || OpenAcclamationRound is not null || last?.Number >= CouncilSession.MaxBallotRounds)
        {
            throw new DomainRuleException("acclamation.cannotStart", "No further ballot round can be started.");
        }

        var members = cluster.MembersIn(Year).Select(m => m.OrgUnitId).ToList();
        var candidates = last is null ? members : FrontRunners(last);
        var round = new AcclamationRound(last is null ? 1 : last.Number + 1, members.Count, candidates);
        AcclamationRounds.Add(round);
        return round;
    }

    /// <summary>A member unit's leader casts the unit's one secret ballot for one candidate (docs/adr/0006-secret-ballot.md).</summary>
    public (AcclamationVoteRecord Voted, AcclamationBallot Ballot) CastAcclamation(
        EmulationCluster cluster, int roundId, int voterUnitId, bool alreadyVoted, int chosenUnitId, long ballotId, string receiptHash)
    {
        EnsureMember(cluster, voterUnitId);
        var round = OpenAcclamationRound;
        if (round is null || round.Id != roundId)
        {
            throw new DomainRuleException("acclamation.notOpen", "This ballot round does not take ballots.");
        }

        if (alreadyVoted)
        {
            throw new DomainRuleException("acclamation.alreadyVoted", "The unit has voted in this round.");
        }

        if (!round.Candidates.Contains(chosenUnitId))
        {
            throw new DomainRuleException("acclamation.notCandidate", "A ballot names one candidate of the round.");
        }

        return (new AcclamationVoteRecord(round.Id, voterUnitId), new AcclamationBallot(ballotId, round.Id, chosenUnitId, receiptHash));
    }

    /// <summary>The head closes the round with the count of its ballots; a candidate alone on top with the threshold is acclaimed.</summary>
    public void CloseAcclamationRound(EmulationCluster cluster, int byUnitId, int roundId, IReadOnlyList<int> chosen, int voteRecords, Figure? threshold)
    {
        EnsureRole(cluster, byUnitId, ClusterRole.Head);
        var round = OpenAcclamationRound is { } open && open.Id == roundId ? open : throw new DomainRuleException("acclamation.notOpen", "This ballot round is not open.");
        if (chosen.Count != voteRecords)
        {
            throw new DomainRuleException("acclamation.countMismatch", "The ballots do not match the units that voted.");
        }

        round.Close(chosen);
        var top = round.Tallies.OrderByDescending(t => t.Votes).ToList();
        if (top.Count > 0 && (top.Count == 1 || top[0].Votes > top[1].Votes) && BallotCount.Passes(top[0].Votes, round.Membership, threshold))
        {
            LeaderUnitId = top[0].UnitId;
            LeaderChosenBy = LeaderChoice.Vote;
        }
    }

    /// <summary>After the last round failed, the head and the deputy each name the unit; when they agree it leads.</summary>
    public void DecideLeader(EmulationCluster cluster, int byUnitId, int unitId)
    {
        var role = cluster.RoleOf(byUnitId, Year);
        if (role is not (ClusterRole.Head or ClusterRole.Deputy))
        {
            throw new DomainRuleException("acclamation.headOrDeputy", "Only the head and the deputy decide.");
        }

        if (LeaderUnitId is not null || AcclamationRounds.Count(r => r.IsClosed) < CouncilSession.MaxBallotRounds || !cluster.IsMember(unitId, Year))
        {
            throw new DomainRuleException("acclamation.notForLeaders", "The head and the deputy decide only a member, after two failed rounds.");
        }

        if (role == ClusterRole.Head)
        {
            HeadChoiceUnitId = unitId;
        }
        else
        {
            DeputyChoiceUnitId = unitId;
        }

        if (HeadChoiceUnitId is { } head && head == DeputyChoiceUnitId)
        {
            LeaderUnitId = head;
            LeaderChosenBy = LeaderChoice.HeadAndDeputy;
        }
    }

    /// <summary>The head proposed the leading unit for the flag; one proposal per covenant.</summary>
    public void RecordFlagProposal(EmulationCluster cluster, int byUnitId, int nominationId)
    {
        EnsureRole(cluster, byUnitId, ClusterRole.Head);
        if (LeaderUnitId is null || FlagNominationId is not null)
        {
            throw new DomainRuleException("acclamation.cannotPropose", "Only an acclaimed leader, not yet proposed, can be proposed for the flag.");
        }

        FlagNominationId = nominationId;
    }

    public void EnsureHead(EmulationCluster cluster, int unitId) => EnsureRole(cluster, unitId, ClusterRole.Head);

    private void EnsureRole(EmulationCluster cluster, int unitId, ClusterRole role)
    {
        if (cluster.Id != ClusterId || cluster.RoleOf(unitId, Year) != role)
        {
            throw new DomainRuleException("acclamation.headOnly", "Only the head of the cluster does this.");
        }
    }

    /// <summary>Round 2 is between those with the most and the second most votes (all of them when tied).</summary>
    private static List<int> FrontRunners(AcclamationRound last)
    {
        var counts = last.Tallies.Select(t => t.Votes).Where(v => v > 0).Distinct().OrderDescending().Take(2).ToList();
        var front = last.Tallies.Where(t => counts.Contains(t.Votes)).Select(t => t.UnitId).ToList();
        return front.Count > 0 ? front : last.Candidates;
    }
}
