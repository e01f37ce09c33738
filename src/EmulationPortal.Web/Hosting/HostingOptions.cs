using System.ComponentModel.DataAnnotations;
using System.Net;

namespace EmulationPortal.Web.Hosting;

/// <summary>Configuration section <c>Hosting</c>: how the portal sits behind its web server.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>Redirect plain HTTP to HTTPS (off where the reverse proxy ends TLS).</summary>
    public bool HttpsRedirection { get; set; }
}

/// <summary>Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose X-Forwarded-* headers are believed.</summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"'{p}' is not an IP address.", [nameof(KnownProxies)]))
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => new ValidationResult($"'{n}' is not a network in CIDR form (10.0.0.0/8).", [nameof(KnownNetworks)])));
}

/// <summary>Configuration section <c>Health</c>: when the readiness check reports the database as not writable.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    [Range(0, 1_000_000)]
    public long MinimumFreeDiskMegabytes { get; set; } = 64;
}

/// <summary>Configuration section <c>DataProtection</c>: the certificate that encrypts the key ring at rest, if any.</summary>
public sealed class DataProtectionSettings : IValidatableObject
{
    public const string Section = "DataProtection";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CertificatePath is { Length: > 0 } path && !File.Exists(path))
        {
            yield return new ValidationResult($"The certificate file '{path}' does not exist.", [nameof(CertificatePath)]);
        }
    }
}

/// <summary>Configuration section <c>Clock</c>: the demo's moved clock (never in Production).</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    public DateOnly? Today { get; set; }
}
