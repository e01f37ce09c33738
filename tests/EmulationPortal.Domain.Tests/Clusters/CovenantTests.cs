using EmulationPortal.Domain.Clusters;
using EmulationPortal.Domain.Common;
using static EmulationPortal.Domain.Tests.Clusters.ClusterBuilder;

namespace EmulationPortal.Domain.Tests.Clusters;

public sealed class CovenantTests
{
    [Fact]
    public void Electing_a_new_head_for_the_year_makes_the_previous_one_a_member_and_leaves_other_years_alone()
    {
        var cluster = Cluster();
        cluster.SetMember(2022, 11, ClusterRole.Head);
        cluster.SetMember(Year, 13, ClusterRole.Head);

        Assert.Equal(ClusterRole.Member, cluster.RoleOf(11, Year));
        Assert.Equal(ClusterRole.Head, cluster.RoleOf(13, Year));
        Assert.Equal(ClusterRole.Head, cluster.RoleOf(11, 2022));
        Assert.Single(cluster.MembersIn(Year), m => m.Role == ClusterRole.Head);
    }

    [Fact]
    public void A_member_signs_once_after_committing_to_every_criterion_and_its_commitments_are_then_fixed()
    {
        var cluster = Cluster();
        var covenant = Covenant(cluster);
        covenant.Commit(cluster, 11, new Dictionary<int, double> { [1] = 100 });
        Assert.Equal("covenant.commitments.missing", Assert.Throws<DomainRuleException>(() => covenant.Sign(cluster, 11, "u", Now)).Code);

        covenant.Commit(cluster, 11, new Dictionary<int, double> { [2] = 0 });
        covenant.Sign(cluster, 11, "u", Now);

        var signature = Assert.Single(covenant.Signatures);
        Assert.Equal(("u", Now), (signature.UserId, signature.SignedAtUtc));
        Assert.Equal("covenant.signed", Assert.Throws<DomainRuleException>(() => covenant.Sign(cluster, 11, "u", Now)).Code);
        Assert.Equal("covenant.signed", Assert.Throws<DomainRuleException>(() => covenant.Commit(cluster, 11, new Dictionary<int, double> { [1] = 90 })).Code);
    }

    [Fact]
    public void A_unit_outside_the_cluster_neither_signs_nor_scores()
    {
        var cluster = Cluster();
        var covenant = Signed(cluster);

        Assert.Equal("covenant.notMember", Assert.Throws<DomainRuleException>(() => covenant.Commit(cluster, 99, new Dictionary<int, double> { [1] = 1 })).Code);
        Assert.Equal("covenant.notMember", Assert.Throws<DomainRuleException>(() => covenant.Score(cluster, 99, 11, 1, 8, null, "x", Now)).Code);
    }

    [Fact]
    public void A_self_score_needs_evidence_and_points_stay_between_0_and_10()
    {
        var cluster = Cluster();
        var covenant = Signed(cluster);

        Assert.Equal("covenant.score.evidence", Assert.Throws<DomainRuleException>(() => covenant.Score(cluster, 11, 11, 1, 9, "  ", "u", Now)).Code);
        Assert.Equal("covenant.score.range", Assert.Throws<DomainRuleException>(() => covenant.Score(cluster, 12, 11, 1, 10.5, null, "u", Now)).Code);
        covenant.Score(cluster, 11, 11, 1, 9, "Báo cáo tổng kết năm", "u", Now);
        covenant.Score(cluster, 12, 11, 1, 7, null, "u", Now);
        covenant.Score(cluster, 12, 11, 1, 8, null, "u", Now);

        Assert.Equal(2, covenant.Scores.Count);
        Assert.Equal(8, covenant.Scores.Single(s => s.ScorerUnitId == 12).Points);
    }

    [Fact]
    public void The_ranking_weighs_the_others_means_leaves_the_self_score_out_and_counts_an_unscored_criterion_as_0_with_its_share()
    {
        var cluster = Cluster(3);
        var covenant = Signed(cluster);
        covenant.Score(cluster, 11, 11, 1, 10, "Tự chấm", "u", Now);
        covenant.Score(cluster, 12, 11, 1, 8, null, "u", Now);
        covenant.Score(cluster, 13, 11, 1, 6, null, "u", Now);
        covenant.Score(cluster, 12, 11, 2, 10, null, "u", Now);
        covenant.Score(cluster, 11, 12, 1, 9, null, "u", Now);

        var ranking = covenant.Ranking(cluster);

        var first = ranking.Standings[0];
        Assert.Equal((11, 1), (first.UnitId, first.Rank));
        Assert.Equal(((3 * 7.0) + 10) / 4, first.Total, 2);
        Assert.Equal(10, first.SelfScores[1]);
        var second = ranking.Standings[1];
        Assert.Equal((12, 3 * 9.0 / 4, 0.75), (second.UnitId, second.Total, second.ShareScored));
        Assert.Equal((13, 3, 0.0), (ranking.Standings[2].UnitId, ranking.Standings[2].Rank, ranking.Standings[2].Total));
    }

    [Fact]
    public void A_score_far_from_the_others_is_flagged_once_two_others_scored_the_same()
    {
        var cluster = Cluster(4);
        var covenant = Signed(cluster);
        covenant.Score(cluster, 12, 11, 1, 8, null, "u", Now);
        covenant.Score(cluster, 13, 11, 1, 9, null, "u", Now);
        Assert.Empty(covenant.Ranking(cluster).Outliers);

        covenant.Score(cluster, 14, 11, 1, 3, null, "u", Now);

        var ranking = covenant.Ranking(cluster);
        Assert.True(ranking.IsOutlier(14, 11, 1));
        Assert.False(ranking.IsOutlier(12, 11, 1));
    }
}
