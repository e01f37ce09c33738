using EmulationPortal.Domain.Reviews;
using EmulationPortal.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EmulationPortal.Web.Features.Reviews;

/// <summary>
/// Puts the engine's reason codes and their arguments into the user's language: <c>Review.Reason.{code}</c> formatted
/// with the arguments, each argument itself localised as <c>Review.Term.{word}</c> when it names a rating, level or title.
/// </summary>
internal sealed class ReviewText(IStringLocalizer<SharedResource> localizer)
{
    public string Reason(RuleCheck check) =>
        localizer[$"Review.Reason.{check.Reason}", check.Args.Select(Term).ToArray<object>()];

    public string Term(string word) => string.Join(' ', word.Split(' ').Select(part =>
    {
        var text = localizer[$"Review.Term.{part}"];
        return text.ResourceNotFound ? part : text.Value;
    }));

    public string Title(AwardTitle title) => localizer[$"Review.Title.{title}"];

    public string Outcome(RuleOutcome outcome) => localizer[$"Review.Outcome.{outcome}"];

    public string Status(ReviewRoundStatus status) => localizer[$"Review.Status.{status}"];

    public string Status(NominationStatus status) => localizer[$"Review.Nomination.{status}"];

    public string Rating(DutyRating? rating) => rating is { } r ? Term(r.ToString()) : localizer["Review.NoRating"];

    public static Color ColorOf(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => Color.Success,
        RuleOutcome.Fail => Color.Error,
        _ => Color.Warning,
    };

    public static string IconOf(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Pass => Icons.Material.Filled.CheckCircle,
        RuleOutcome.Fail => Icons.Material.Filled.Cancel,
        _ => Icons.Material.Filled.HelpOutline,
    };
}
