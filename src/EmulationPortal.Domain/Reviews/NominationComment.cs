using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Reviews;

public enum CommentKind
{
    Comment = 0,

    /// <summary>The author says a fact of the nomination is wrong (a rating, an initiative, a number).</summary>
    WrongFact = 1,
}

/// <summary>
/// What someone of the scope says about a nomination while the proposed list is published; kept with the round for the
/// political department and the council. Never edited.
/// </summary>
public class NominationComment
{
    public const int TextMaxLength = 1000;

    private NominationComment()
    {
    }

    public NominationComment(ReviewRound round, Nomination nomination, string authorUserId, CommentKind kind, string text, DateOnly today, DateTime nowUtc)
    {
        if (!round.InDisclosure(today))
        {
            throw new DomainRuleException("comment.notInDisclosure", "Comments are taken during the disclosure period only.");
        }

        if (nomination.RoundId != round.Id || nomination.Status == NominationStatus.Returned)
        {
            throw new DomainRuleException("comment.nominationNotListed", "The nomination is not on the published list.");
        }

        Text = UserText.Normalize(text ?? string.Empty);
        if (Text.Length is 0 or > TextMaxLength)
        {
            throw new DomainRuleException("comment.text.invalid", "A comment has 1 to 1000 characters.");
        }

        RoundId = round.Id;
        NominationId = nomination.Id;
        AuthorUserId = authorUserId;
        Kind = kind;
        AtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int NominationId { get; private set; }
    public string AuthorUserId { get; private set; } = string.Empty;
    public CommentKind Kind { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public DateTime AtUtc { get; private set; }
}
