using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using EmulationPortal.Domain.Pledges;
using FluentValidation;

namespace EmulationPortal.Application.Pledges;

/// <summary>
/// The pledge form's rules, run by the form field by field and again by <see cref="SavePledge"/>; the domain re-checks each
/// measure and the completeness. A draft is stored as typed, so a value is checked only once typed; sending it to review
/// (submit or amend) also needs a value on every ticked criterion, at least one of them and the action programme.
/// </summary>
public sealed class PledgeDraftValidator : AbstractValidator<PledgeDraft>
{
    public PledgeDraftValidator()
    {
        this.RuleForTyped(d => d.ActionProgramme)
            .MaximumLength(Pledge.ActionProgrammeMaxLength).WithErrorCode("pledge.actionProgramme.tooLong");
        RuleForEach(d => d.Lines).Where(l => l.Included && l.Value is not null).ChildRules(line =>
        {
            line.RuleFor(l => l.Value).Cascade(CascadeMode.Stop)
                .Must(v => double.IsFinite(v!.Value)).WithErrorCode("pledge.item.notANumber").WithMessage("Enter a number.")
                .GreaterThanOrEqualTo(0).WithErrorCode("pledge.item.negative")
                .LessThanOrEqualTo(Criterion.MaxValue).WithErrorCode("pledge.item.tooLarge")
                .LessThanOrEqualTo(100).When(l => l.Measure == Measure.Percentage, ApplyConditionTo.CurrentValidator).WithErrorCode("pledge.item.percentRange")
                .Must(v => v is 0 or 1).When(l => l.Measure == Measure.YesNo, ApplyConditionTo.CurrentValidator).WithErrorCode("pledge.item.yesNo")
                .WithMessage("Choose yes or no.")
                .Must((l, v) => l.Measure.FitsGrain(v!.Value)).WithErrorCode("pledge.item.wholeNumber").WithMessage("Enter a whole number.");
        });
        When(d => d.Intent != PledgeIntent.SaveDraft, () =>
        {
            this.RuleForTyped(d => d.ActionProgramme).NotEmpty().WithErrorCode("pledge.actionProgramme.required");
            RuleFor(d => d.Lines)
                .Must(lines => lines.Exists(l => l.Included)).WithErrorCode("pledge.items.none").WithMessage("Commit to at least one criterion.");
            RuleForEach(d => d.Lines).Where(l => l.Included && !l.Required).ChildRules(line =>
                line.RuleFor(l => l.Value).NotNull().WithErrorCode("pledge.item.required").WithMessage("Enter a value or leave the criterion out."));
            // A criterion the drive requires cannot be left out, so its empty value asks for a value only.
            RuleForEach(d => d.Lines).Where(l => l.Required).ChildRules(line =>
            {
                line.RuleFor(l => l.Included).Equal(true).WithErrorCode("pledge.item.requiredCriterion").WithMessage("The drive requires this criterion.");
                line.RuleFor(l => l.Value).NotNull().WithErrorCode("pledge.item.requiredValue").WithMessage("Enter a value: the drive requires this criterion.");
            });
        });
    }
}
