namespace EmulationPortal.Domain.Campaigns;

/// <summary>
/// What an admin says a criterion is; <see cref="Id"/> is null for a criterion not saved yet. <see cref="Required"/> is set
/// while the drive is a draft; a revision of an open drive's criterion leaves it as it is.
/// </summary>
public sealed record CriterionDefinition(
    int? Id,
    string Name,
    string? Description,
    Measure Measure,
    string? UnitOfMeasure,
    Direction Direction,
    double Weight,
    bool Required = false);
