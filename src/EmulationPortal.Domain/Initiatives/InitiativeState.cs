namespace EmulationPortal.Domain.Initiatives;

/// <summary>Where an initiative stands: Draft → Filed → UnderEvaluation → Recognised | Rejected; Recognised → Consumed by one award.</summary>
public enum InitiativeState
{
    Draft = 0,
    Filed = 1,
    UnderEvaluation = 2,
    Recognised = 3,
    Rejected = 4,
    Consumed = 5,
}
