using EmulationPortal.Domain.Common;
using FluentValidation.Results;

namespace EmulationPortal.Application.Common;

public enum OutcomeStatus
{
    Ok,

    /// <summary>Input failed validation; <see cref="Outcome.Errors"/> says which field and why.</summary>
    Invalid,

    /// <summary>A domain rule refused the change; <see cref="Outcome.RuleCode"/> names the rule.</summary>
    RuleBroken,

    /// <summary>Someone else saved the same record first; nothing was written.</summary>
    Conflict,

    Forbidden,
    NotFound,

    /// <summary>The store failed the save for another reason (logged); nothing was written and the input can be saved again.</summary>
    SaveFailed,
}

/// <summary>A field's error: the field's name, a stable code the UI localises, and an English fallback message.</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>What a use case did. Expected failures are outcomes, not exceptions, so the UI can keep the user's input.</summary>
public record Outcome(OutcomeStatus Status, IReadOnlyList<FieldError> Errors, string? RuleCode = null)
{
    public bool Succeeded => Status == OutcomeStatus.Ok;

    public static Outcome Ok() => new(OutcomeStatus.Ok, []);
    public static Outcome Forbidden() => new(OutcomeStatus.Forbidden, []);
    public static Outcome NotFound() => new(OutcomeStatus.NotFound, []);
    public static Outcome Conflict() => new(OutcomeStatus.Conflict, []);
    public static Outcome SaveFailed() => new(OutcomeStatus.SaveFailed, []);
    public static Outcome Broken(DomainRuleException rule) => new(OutcomeStatus.RuleBroken, [], rule.Code);

    public static Outcome Invalid(ValidationResult result) => new(
        OutcomeStatus.Invalid,
        result.Errors.Select(e => new FieldError(e.PropertyName, string.IsNullOrEmpty(e.ErrorCode) ? "invalid" : e.ErrorCode, e.ErrorMessage)).ToList());
}

/// <summary>An outcome that carries a value on success (the id of what was created, say).</summary>
public sealed record Outcome<T>(OutcomeStatus Status, IReadOnlyList<FieldError> Errors, T? Value = default, string? RuleCode = null)
    : Outcome(Status, Errors, RuleCode)
{
    public static Outcome<T> Ok(T value) => new(OutcomeStatus.Ok, [], value);

    /// <summary>Carries a failure over from a step that had no value.</summary>
    public static Outcome<T> From(Outcome failure) => new(failure.Status, failure.Errors, default, failure.RuleCode);
}
