using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Common;
using FluentValidation;

namespace EmulationPortal.Application.Campaigns;

/// <summary>The drive form's rules; the page asks it field by field and <see cref="SaveCampaign"/> runs it whole.</summary>
public sealed class CampaignFormValidator : AbstractValidator<CampaignForm>
{
    public CampaignFormValidator()
    {
        this.RuleForTyped(f => f.Title).NotEmpty().WithErrorCode("campaign.title.required").WithMessage("Enter the drive's title.")
            .MaximumLength(300).WithErrorCode("campaign.title.tooLong").WithMessage("The title is at most 300 characters.");
        this.RuleForTyped(f => f.Theme).MaximumLength(300).WithErrorCode("campaign.theme.tooLong").WithMessage("The theme is at most 300 characters.");
        this.RuleForTyped(f => f.Occasion).MaximumLength(500).WithErrorCode("campaign.occasion.tooLong").WithMessage("The occasion is at most 500 characters.");
        this.RuleForTyped(f => f.Description).MaximumLength(8000).WithErrorCode("campaign.description.tooLong").WithMessage("The description is at most 8000 characters.");
        RuleFor(f => f.OwnerUnitId).GreaterThan(0).WithErrorCode("campaign.owner.required").WithMessage("Choose the unit that launches the drive.");
        RuleFor(f => f.Start).NotNull().WithErrorCode("campaign.start.required").WithMessage("Enter the first day of the drive.");
        RuleFor(f => f.End).NotNull().WithErrorCode("campaign.end.required").WithMessage("Enter the last day of the drive.")
            .Must((f, end) => Judged(f, end, CampaignPeriod.EndsOnOrAfterStart)).WithErrorCode("campaign.end.beforeStart").WithMessage("The drive cannot end before it starts.");
        RuleFor(f => f.PledgeDeadline).NotNull().WithErrorCode("campaign.pledgeDeadline.required").WithMessage("Enter the pledge deadline.")
            .Must((f, day) => Judged(f, day, (start, end) => CampaignPeriod.PledgeDeadlineFits(start, end, Day(day))))
            .WithErrorCode("campaign.pledgeDeadline.outsidePeriod").WithMessage("The pledge deadline must fall inside the period.");
        RuleFor(f => f.LaunchDeadline)
            .Must((f, day) => Judged(f, day, (start, end) => CampaignPeriod.LaunchDeadlineFits(start, end, Day(day))))
            .WithErrorCode("campaign.launchDeadline.outsidePeriod").WithMessage("The launch deadline must fall at most a month before the start and not after the end.");
        RuleFor(f => f.UnitIds).NotEmpty().WithErrorCode("campaign.units.required").WithMessage("Choose at least one participating unit.");
        RuleForEach(f => f.Criteria).SetValidator(new CriterionFormValidator());
    }

    /// <summary>
    /// Asks <see cref="CampaignPeriod"/>'s rule once the period and the day are known; a missing start, end or day is
    /// reported on its own field.
    /// </summary>
    private static bool Judged(CampaignForm form, DateTime? day, Func<DateOnly, DateOnly, bool> rule) =>
        form.Start is null || form.End is null || day is null || rule(Day(form.Start), Day(form.End));

    private static DateOnly Day(DateTime? day) => DateOnly.FromDateTime(day!.Value);
}

/// <summary>A criterion's rules, the same on the drive form and when an open drive's criterion is revised.</summary>
public sealed class CriterionFormValidator : AbstractValidator<CriterionForm>
{
    public CriterionFormValidator()
    {
        this.RuleForTyped(c => c.Name).NotEmpty().WithErrorCode("criterion.name.required").WithMessage("Enter the criterion's name.")
            .MaximumLength(300).WithErrorCode("criterion.name.tooLong").WithMessage("The name is at most 300 characters.");
        this.RuleForTyped(c => c.Description).MaximumLength(2000).WithErrorCode("criterion.description.tooLong").WithMessage("The description is at most 2000 characters.");
        this.RuleForTyped(c => c.UnitOfMeasure).MaximumLength(50).WithErrorCode("criterion.unit.tooLong").WithMessage("The unit of measure is at most 50 characters.");
        RuleFor(c => c.Weight).Cascade(CascadeMode.Stop)
            .NotNull().WithErrorCode("criterion.weight.required").WithMessage("Enter the weight.")
            .GreaterThan(0).WithErrorCode("criterion.weight.positive").WithMessage("The weight must be greater than 0.")
            .LessThanOrEqualTo(Criterion.MaxWeight).WithErrorCode("criterion.weight.tooLarge").WithMessage("The weight is at most 1000.");
    }
}
