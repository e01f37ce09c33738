namespace EmulationPortal.Domain.Campaigns;

/// <summary>What an admin says a criterion is; <see cref="Id"/> is null for a criterion not saved yet.</summary>
public sealed record CriterionDefinition(
    int? Id,
    string Name,
    string? Description,
    Measure Measure,
    string? UnitOfMeasure,
    Direction Direction,
    double Weight);
