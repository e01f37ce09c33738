namespace EmulationPortal.Domain.Initiatives;

/// <summary>One author of an initiative and their share of it in per cent; co-authors' shares add up to 100.</summary>
public class InitiativeAuthor
{
    private InitiativeAuthor()
    {
    }

    internal InitiativeAuthor(string userId, double share)
    {
        UserId = userId;
        Share = share;
    }

    public int Id { get; private set; }
    public int InitiativeId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public double Share { get; private set; }
}
