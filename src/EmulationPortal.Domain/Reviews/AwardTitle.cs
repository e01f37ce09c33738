namespace EmulationPortal.Domain.Reviews;

/// <summary>The emulation titles a review round considers (DOMAIN-AWARDS.md); names differ in the army, see <see cref="TitleRule"/>.</summary>
public enum AwardTitle
{
    /// <summary>Lao động tiên tiến (army: Chiến sĩ tiên tiến).</summary>
    AdvancedWorker = 0,

    /// <summary>Chiến sĩ thi đua cơ sở.</summary>
    GrassrootsFighter = 1,

    /// <summary>Chiến sĩ thi đua cấp Bộ (army: toàn quân).</summary>
    MinistryFighter = 2,

    /// <summary>Tập thể lao động tiên tiến (army: Đơn vị tiên tiến).</summary>
    AdvancedCollective = 10,

    /// <summary>Tập thể lao động xuất sắc (army: Đơn vị quyết thắng).</summary>
    ExcellentCollective = 11,

    /// <summary>Cờ thi đua (of the general department): the collective leading its cluster, proposed by the cluster's head.</summary>
    EmulationFlag = 12,
}

public enum TitleSubject
{
    Individual = 0,
    Collective = 1,
}
