using EmulationPortal.Application.Access;

namespace EmulationPortal.Benchmarks;

/// <summary>A signed-in person as the use cases see one, without the web host's claims.</summary>
internal sealed record BenchUser(string UserId, int OrgUnitId, params string[] Roles) : ICurrentUser
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
