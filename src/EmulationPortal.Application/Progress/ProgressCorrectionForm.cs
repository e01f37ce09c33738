using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Campaigns;
using EmulationPortal.Domain.Progress;
using FluentValidation;

namespace EmulationPortal.Application.Progress;

/// <summary>
/// A correction of one report (<see cref="ReportId"/>, at the <see cref="Version"/> the user saw): the right value and
/// why the reported one was wrong.
/// </summary>
public sealed class ProgressCorrectionForm
{
    public long ReportId { get; set; }
    public Guid Version { get; set; }
    public Measure Measure { get; set; }
    public double? Value { get; set; }
    public string? Reason { get; set; }
}

public sealed class ProgressCorrectionFormValidator : AbstractValidator<ProgressCorrectionForm>
{
    public ProgressCorrectionFormValidator()
    {
        RuleFor(f => f.Value).ProgressValue(f => f.Measure);
        this.RuleForTyped(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("progress.correction.reasonRequired").WithMessage("Say why the figure is corrected.")
            .MaximumLength(ProgressReport.CorrectionReasonMaxLength).WithErrorCode("progress.correction.reasonTooLong").WithMessage("The reason is too long.");
    }
}
