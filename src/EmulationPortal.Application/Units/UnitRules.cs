using FluentValidation;

namespace EmulationPortal.Application.Units;

/// <summary>The field rules shared by adding and editing a unit, so both forms say the same thing.</summary>
internal static class UnitRules
{
    public static IRuleBuilderOptions<T, string> UnitCode<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithErrorCode("unit.code.required").WithMessage("Enter a code.")
        .MaximumLength(32).WithErrorCode("unit.code.length").WithMessage("A code has at most 32 characters.")
        .Matches("^[A-Z0-9-]*$").WithErrorCode("unit.code.pattern").WithMessage("Use capital letters A–Z, digits and '-' only.");

    public static IRuleBuilderOptions<T, string> UnitName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithErrorCode("unit.name.required").WithMessage("A unit needs a name.")
        .MaximumLength(200).WithErrorCode("unit.name.length").WithMessage("A name has at most 200 characters.");

    public static IRuleBuilderOptions<T, int?> Headcount<T>(this IRuleBuilderInitial<T, int?> rule) => rule.Cascade(CascadeMode.Stop)
        .NotNull().WithErrorCode("unit.headcount.required").WithMessage("Enter the headcount.")
        .InclusiveBetween(0, 100_000).WithErrorCode("unit.headcount.range").WithMessage("Headcount is between 0 and 100,000.");
}
