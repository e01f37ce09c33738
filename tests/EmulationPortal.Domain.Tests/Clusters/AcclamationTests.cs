using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Reviews;
using static EmulationPortal.Domain.Tests.Clusters.ClusterBuilder;

namespace EmulationPortal.Domain.Tests.Clusters;

public sealed class AcclamationTests
{
    private static readonly Figure Threshold = SeededRuleBooks.Army2018().Book.Title(AwardTitle.EmulationFlag).VoteThreshold!;

    [Fact]
    public void A_unit_with_the_flags_threshold_of_the_whole_membership_is_acclaimed_and_scores_are_then_fixed()
    {
        var cluster = Cluster(5);
        var covenant = Signed(cluster);
        var round = WithId(covenant.StartAcclamationRound(cluster, 11), 1);

        var ballots = new[] { 11, 12, 13, 14, 15 }.Select(voter => covenant.CastAcclamation(cluster, 1, voter, false, voter == 15 ? 12 : 11, voter, $"h{voter}").Ballot).ToList();
        covenant.CloseAcclamationRound(cluster, 11, 1, ballots.Select(b => b.ChosenUnitId).ToList(), 5, Threshold);

        Assert.Equal((11, LeaderChoice.Vote), (covenant.LeaderUnitId, covenant.LeaderChosenBy));
        Assert.Equal(4, round.Tallies.Single(t => t.UnitId == 11).Votes);
        Assert.Equal("covenant.scoring.closed", Assert.Throws<DomainRuleException>(() => covenant.Score(cluster, 12, 11, 1, 5, null, "u", Now)).Code);
    }

    [Fact]
    public void Only_the_head_opens_a_round_and_a_unit_votes_once_for_a_candidate()
    {
        var cluster = Cluster(3);
        var covenant = Signed(cluster);
        Assert.Equal("acclamation.headOnly", Assert.Throws<DomainRuleException>(() => covenant.StartAcclamationRound(cluster, 12)).Code);
        WithId(covenant.StartAcclamationRound(cluster, 11), 1);

        Assert.Equal("acclamation.alreadyVoted", Assert.Throws<DomainRuleException>(() => covenant.CastAcclamation(cluster, 1, 12, true, 11, 1, "h")).Code);
        Assert.Equal("acclamation.notCandidate", Assert.Throws<DomainRuleException>(() => covenant.CastAcclamation(cluster, 1, 12, false, 99, 1, "h")).Code);
        Assert.Equal("covenant.notMember", Assert.Throws<DomainRuleException>(() => covenant.CastAcclamation(cluster, 1, 99, false, 11, 1, "h")).Code);
    }

    [Fact]
    public void Round_two_is_between_the_front_runners_and_after_it_fails_the_head_and_deputy_decide_together()
    {
        var cluster = Cluster(5);
        var covenant = Signed(cluster);
        WithId(covenant.StartAcclamationRound(cluster, 11), 1);
        covenant.CloseAcclamationRound(cluster, 11, 1, [11, 11, 12, 12, 13], 5, Threshold);
        Assert.Null(covenant.LeaderUnitId);

        var second = WithId(covenant.StartAcclamationRound(cluster, 11), 2);
        Assert.Equal([11, 12, 13], second.Candidates);
        Assert.Equal("acclamation.notForLeaders", Assert.Throws<DomainRuleException>(() => covenant.DecideLeader(cluster, 11, 11)).Code);
        covenant.CloseAcclamationRound(cluster, 11, 2, [11, 11, 11, 12, 12], 5, Threshold);
        Assert.Null(covenant.LeaderUnitId);
        Assert.Equal("acclamation.cannotStart", Assert.Throws<DomainRuleException>(() => covenant.StartAcclamationRound(cluster, 11)).Code);

        Assert.Equal("acclamation.headOrDeputy", Assert.Throws<DomainRuleException>(() => covenant.DecideLeader(cluster, 13, 11)).Code);
        covenant.DecideLeader(cluster, 11, 11);
        covenant.DecideLeader(cluster, 12, 12);
        Assert.Null(covenant.LeaderUnitId);
        covenant.DecideLeader(cluster, 12, 11);

        Assert.Equal((11, LeaderChoice.HeadAndDeputy), (covenant.LeaderUnitId, covenant.LeaderChosenBy));
    }

    [Fact]
    public void A_count_that_does_not_match_the_units_that_voted_is_refused()
    {
        var cluster = Cluster(3);
        var covenant = Signed(cluster);
        WithId(covenant.StartAcclamationRound(cluster, 11), 1);

        Assert.Equal("acclamation.countMismatch", Assert.Throws<DomainRuleException>(() => covenant.CloseAcclamationRound(cluster, 11, 1, [11, 11], 3, Threshold)).Code);
    }
}
