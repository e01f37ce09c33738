namespace EmulationPortal.Domain.Common;

/// <summary>A rule of the domain was broken. <see cref="Code"/> is a stable key the UI localises.</summary>
public sealed class DomainRuleException(string code, string message) : InvalidOperationException(message)
{
    public string Code { get; } = code;
}
