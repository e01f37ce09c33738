namespace EmulationPortal.Domain.Council;

/// <summary>A member counted in a session's total membership, present or absent; the list is fixed when the session opens.</summary>
public class SessionAttendee
{
    private SessionAttendee()
    {
    }

    internal SessionAttendee(CouncilMember member)
    {
        MemberId = member.Id;
        UserId = member.UserId;
        Role = member.Role;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int MemberId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public CouncilRole Role { get; private set; }
    public bool Present { get; internal set; }
}
