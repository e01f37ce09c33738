using EmulationPortal.Application.Access;

namespace EmulationPortal.Application.Tests;

internal sealed record TestUser(string UserId, int OrgUnitId, params string[] Roles) : ICurrentUser
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
