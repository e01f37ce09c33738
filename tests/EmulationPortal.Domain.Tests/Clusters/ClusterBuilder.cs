using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Clusters;

namespace EmulationPortal.Domain.Tests.Clusters;

/// <summary>A cluster of units 11..(10+n) in 2021 (11 heads it, 12 is the deputy) and a covenant of two criteria, ids given as the store would.</summary>
internal static class ClusterBuilder
{
    public const int Year = 2021;
    public static readonly DateTime Now = new(2021, 12, 20, 2, 0, 0, DateTimeKind.Utc);

    public static EmulationCluster Cluster(int members = 4)
    {
        var cluster = WithId(new EmulationCluster("Cụm sản xuất đạn", ClusterLevel.Cluster, 1), 7);
        for (var i = 1; i <= members; i++)
        {
            cluster.SetMember(Year, 10 + i, i switch { 1 => ClusterRole.Head, 2 => ClusterRole.Deputy, _ => ClusterRole.Member });
        }

        return cluster;
    }

    /// <summary>Criterion 1 weighs 3 (products on schedule, %), criterion 2 weighs 1 (incidents, lower is better).</summary>
    public static Covenant Covenant(EmulationCluster cluster)
    {
        var covenant = WithId(new Covenant(cluster, Year,
        [
            new CriterionDefinition(null, "Sản phẩm quốc phòng đúng tiến độ", null, Measure.Percentage, "%", Direction.HigherIsBetter, 3),
            new CriterionDefinition(null, "Sự cố an toàn", null, Measure.Count, "vụ", Direction.LowerIsBetter, 1),
        ]), 5);
        WithId(covenant.Criteria[0], 1);
        WithId(covenant.Criteria[1], 2);
        return covenant;
    }

    /// <summary>Every member commits and signs.</summary>
    public static Covenant Signed(EmulationCluster cluster)
    {
        var covenant = Covenant(cluster);
        foreach (var member in cluster.MembersIn(Year))
        {
            covenant.Commit(cluster, member.OrgUnitId, new Dictionary<int, double> { [1] = 100, [2] = 0 });
            covenant.Sign(cluster, member.OrgUnitId, $"leader{member.OrgUnitId}", Now);
        }

        return covenant;
    }

    public static T WithId<T>(T entity, int id)
    {
        entity!.GetType().GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
