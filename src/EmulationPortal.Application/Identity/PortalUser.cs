using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Application.Identity;

/// <summary>A person who signs in. Every user belongs to exactly one org unit, which scopes what they see.</summary>
public class PortalUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary><see cref="FullName"/> folded for diacritics-insensitive search.</summary>
    public string SearchName { get; set; } = string.Empty;

    public string? StaffCode { get; set; }
    public int OrgUnitId { get; set; }
}
