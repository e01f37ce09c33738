using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Progress;
using FluentValidation;

namespace EmulationPortal.Application.Progress;

/// <summary>A new report on a pledge item or a unit target (<see cref="Key"/>); the measure travels along for the form's checks.</summary>
public sealed class ProgressEntryForm
{
    public int Key { get; set; }
    public Measure Measure { get; set; }
    public double? Value { get; set; }
    public DateTime? AsOf { get; set; }
    public string? Note { get; set; }
}

/// <summary>Run by the report dialog and by the use cases; the domain checks the date against the period and today.</summary>
public sealed class ProgressEntryFormValidator : AbstractValidator<ProgressEntryForm>
{
    public ProgressEntryFormValidator()
    {
        RuleFor(f => f.Value).ProgressValue(f => f.Measure);
        RuleFor(f => f.AsOf).NotNull().WithErrorCode("progress.asOf.required");
        this.RuleForTyped(f => f.Note).MaximumLength(ProgressReport.NoteMaxLength).WithErrorCode("progress.note.tooLong");
    }
}

/// <summary>The rules on a reported value, the same for a new report and a correction.</summary>
internal static class ProgressValueRules
{
    public static IRuleBuilderOptions<T, double?> ProgressValue<T>(this IRuleBuilderInitial<T, double?> rule, Func<T, Measure> measure) => rule
        .Cascade(CascadeMode.Stop)
        .NotNull().WithErrorCode("progress.value.required")
        .Must(v => double.IsFinite(v!.Value)).WithErrorCode("progress.value.notANumber").WithMessage("Enter a number.")
        .GreaterThanOrEqualTo(0).WithErrorCode("progress.value.negative")
        .LessThanOrEqualTo(Criterion.MaxValue).WithErrorCode("progress.value.tooLarge")
        .LessThanOrEqualTo(100).When(f => measure(f) == Measure.Percentage, ApplyConditionTo.CurrentValidator).WithErrorCode("progress.value.percentRange")
        .Must(v => v is 0 or 1).When(f => measure(f) == Measure.YesNo, ApplyConditionTo.CurrentValidator).WithErrorCode("progress.value.yesNo")
        .WithMessage("Choose yes or no.")
        .Must((f, v) => measure(f).FitsGrain(v!.Value)).WithErrorCode("progress.value.wholeNumber").WithMessage("Enter a whole number.");
}
