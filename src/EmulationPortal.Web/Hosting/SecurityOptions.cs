using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Web.Hosting;

/// <summary>Configuration section <c>Security</c>: the portal's limits. A value out of range stops start-up, naming the key.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Live circuits (open tabs) per user; each costs the server about 3 MB (docs/operations.md, sizing).</summary>
    [Range(1, 1_000)]
    public int CircuitsPerUser { get; set; } = 10;

    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    [Range(1, 100_000)]
    public int SignInAttemptsPerAccountPerMinute { get; set; } = 5;

    [Range(1, 1_000)]
    public int PasswordChangesPerMinute { get; set; } = 5;

    [Range(1, 100_000)]
    public int VerificationsPerMinute { get; set; } = 30;

    /// <summary>How often an open circuit checks that its user still may be signed in (locked, role changed).</summary>
    [Range(1, 3_600)]
    public int CircuitRevalidationSeconds { get; set; } = 5;

    /// <summary>Cookies only over HTTPS; null for the default (on outside Development).</summary>
    public bool? SecureCookies { get; set; }
}
