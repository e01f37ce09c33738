namespace EmulationPortal.Application.Access;

/// <summary>Who is asking. Every use case takes one and decides access itself; the UI hiding a button is only a convenience.</summary>
public interface ICurrentUser
{
    string UserId { get; }
    int OrgUnitId { get; }
    bool IsInRole(string role);
}
