namespace EmulationPortal.Domain.Initiatives;

/// <summary>A council member's open vote on an initiative under evaluation: agree or not, with a score out of 100.</summary>
public class InitiativeVote
{
    public const int MaxScore = 100;

    private InitiativeVote()
    {
    }

    internal InitiativeVote(string memberUserId, bool agrees, int score, DateTime castAtUtc)
    {
        MemberUserId = memberUserId;
        Change(agrees, score, castAtUtc);
    }

    public int Id { get; private set; }
    public int InitiativeId { get; private set; }
    public string MemberUserId { get; private set; } = string.Empty;
    public bool Agrees { get; private set; }
    public int Score { get; private set; }
    public DateTime CastAtUtc { get; private set; }

    internal void Change(bool agrees, int score, DateTime castAtUtc)
    {
        Agrees = agrees;
        Score = score;
        CastAtUtc = castAtUtc;
    }
}
