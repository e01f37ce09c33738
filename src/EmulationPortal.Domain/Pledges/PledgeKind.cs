namespace EmulationPortal.Domain.Pledges;

public enum PledgeKind
{
    /// <summary>A person's pledge (đăng ký thi đua cá nhân).</summary>
    Individual = 0,

    /// <summary>A unit's pledge, registered by its leader against the unit's targets (đăng ký tập thể).</summary>
    Collective = 1,
}
