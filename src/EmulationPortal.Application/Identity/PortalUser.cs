using EmulationPortal.Domain.Common;
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

    /// <summary>The language the portal writes to this person in (emails), kept from their last choice in the app.</summary>
    public string Culture { get; set; } = DefaultCulture;

    public const string DefaultCulture = "vi-VN";

    /// <summary>A new account as typed by an admin: email and name stored normalised, the name folded for search.</summary>
    public static PortalUser Named(string email, string fullName)
    {
        var name = UserText.Normalize(fullName);
        return new PortalUser
        {
            UserName = UserText.Normalize(email),
            Email = UserText.Normalize(email),
            EmailConfirmed = true,
            FullName = name,
            SearchName = SearchText.Fold(name),
        };
    }
}
