using EmulationPortal.Domain.Campaigns;

namespace EmulationPortal.Application.Campaigns;

/// <summary>What the admin edits on the drive page; mutable because the form binds to it. Dates are days (the picker works in <see cref="DateTime"/>).</summary>
public sealed class CampaignForm
{
    public int? Id { get; set; }
    public Guid Version { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Theme { get; set; }
    public string? Occasion { get; set; }
    public string? Description { get; set; }
    public CampaignKind Kind { get; set; } = CampaignKind.PeakDrive;
    public int OwnerUnitId { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public DateTime? PledgeDeadline { get; set; }
    public DateTime? LaunchDeadline { get; set; }
    public bool PledgesRequired { get; set; } = true;
    public bool LeaderAcceptanceRequired { get; set; } = true;
    public HashSet<int> UnitIds { get; set; } = [];
    public List<CriterionForm> Criteria { get; set; } = [];
}

public sealed class CriterionForm
{
    public int? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Description { get; set; }
    public Measure Measure { get; set; } = Measure.Number;
    public string? UnitOfMeasure { get; set; }
    public Direction Direction { get; set; } = Direction.HigherIsBetter;
    /// <summary>Null while the typed text is not a number: the validator refuses it, nothing half-read is saved.</summary>
    public double? Weight { get; set; } = 1;

    /// <summary>Every pledge must commit to it: the pledge form starts it ticked and a submit without it is refused.</summary>
    public bool Required { get; set; }

    /// <summary>Called once the form passed its validator (the weight is then set).</summary>
    public CriterionDefinition ToDefinition() => new(Id, Name, Description, Measure, UnitOfMeasure, Direction, Weight!.Value, Required);
}
