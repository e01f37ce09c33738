using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Common;
using FluentValidation;

namespace EmulationPortal.Application.Reviews.Import;

/// <summary>
/// What one row needs on its own: a year, a unit code, a rating or title, and no cell a spreadsheet would run as a
/// formula when an export of this data is opened (=, +, -, @).
/// </summary>
public sealed class RecordRowValidator : AbstractValidator<RecordRow>
{
    public RecordRowValidator()
    {
        this.RuleForTyped(r => r.Year).NotEmpty().WithErrorCode("records.year.required").WithMessage("Enter the year.");
        this.RuleForTyped(r => r.UnitCode).NotEmpty().WithErrorCode("import.unit.required").WithMessage("Enter the unit code.");
        this.RuleForTyped(r => r.Value).NotEmpty().WithErrorCode("records.value.required").WithMessage("Enter the rating or the title.");
        RuleForEach(r => new[] { r.Year, r.StaffCode, r.UnitCode, r.Value, r.AdHoc, r.InitiativeCode }.Select(UserText.Normalize))
            .Must(cell => cell.Length == 0 || !"=+-@".Contains(cell[0], StringComparison.Ordinal))
            .OverridePropertyName("Row")
            .WithErrorCode("import.cell.formula").WithMessage("A cell starts with =, +, - or @ and looks like a formula.");
    }
}
