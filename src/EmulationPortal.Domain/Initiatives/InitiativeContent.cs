using EmulationPortal.Domain.Common;

namespace EmulationPortal.Domain.Initiatives;

/// <summary>
/// What an initiative says: the problem, the solution, where and since when it is applied and, when measured, what it
/// saves (đồng a year, hours a year). Built through <see cref="Of"/>, which normalises and checks every field.
/// </summary>
public sealed record InitiativeContent(string Title, string Problem, string Solution, string AppliedAt, DateOnly AppliedSince, double? SavingVnd, double? SavingHours)
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int AppliedAtMaxLength = 500;

    /// <summary>The largest saving accepted: far above any real figure, small enough that sums stay finite.</summary>
    public const double MaxSaving = 1e12;

    public static InitiativeContent Of(string? title, string? problem, string? solution, string? appliedAt, DateOnly appliedSince, double? savingVnd, double? savingHours)
    {
        CheckSaving(savingVnd);
        CheckSaving(savingHours);
        return new(
            UserText.Required(title, TitleMaxLength, "initiative.title"),
            UserText.Required(problem, TextMaxLength, "initiative.problem"),
            UserText.Required(solution, TextMaxLength, "initiative.solution"),
            UserText.Required(appliedAt, AppliedAtMaxLength, "initiative.appliedAt"),
            appliedSince,
            savingVnd,
            savingHours);
    }

    private static void CheckSaving(double? value)
    {
        if (value is { } v && !(double.IsFinite(v) && v >= 0 && v <= MaxSaving))
        {
            throw new DomainRuleException("initiative.saving.outOfRange", "A saving is a finite, non-negative figure.");
        }
    }
}
