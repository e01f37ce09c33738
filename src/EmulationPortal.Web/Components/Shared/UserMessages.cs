using EmulationPortal.Application.Common;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EmulationPortal.Web.Components.Shared;

/// <summary>
/// Turns the stable codes of validators and domain rules into the user's language: resource key <c>Error.{code}</c>,
/// falling back to the English message the code came with (so a missing translation is visible, never a crash).
/// </summary>
internal sealed class UserMessages(IStringLocalizer<SharedResource> localizer)
{
    public string For(string code, string fallback)
    {
        var text = localizer[$"Error.{code}"];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    public string For(FieldError error) => For(error.Code, error.Message);

    /// <summary>The one-line message for a failed outcome (field errors are shown next to their fields instead).</summary>
    public string For(Outcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Conflict => localizer["Error.conflict"],
        OutcomeStatus.Forbidden => localizer["Account.AccessDeniedText"],
        OutcomeStatus.NotFound => localizer["NotFound.Text"],
        OutcomeStatus.RuleBroken => For(outcome.RuleCode ?? "rule", outcome.RuleCode ?? "The change is not allowed."),
        OutcomeStatus.Invalid => localizer["Error.invalid"],
        OutcomeStatus.SaveFailed => localizer["Error.saveFailed"],
        _ => string.Empty,
    };
}
