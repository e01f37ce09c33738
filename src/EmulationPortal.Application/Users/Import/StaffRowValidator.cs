using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Common;
using FluentValidation;

namespace EmulationPortal.Application.Users.Import;

/// <summary>
/// The checks one row needs on its own: the same field rules as the create-user form, and no cell that a spreadsheet
/// would run as a formula when someone opens an export of this data (=, +, -, @).
/// </summary>
public sealed class StaffRowValidator : AbstractValidator<StaffRow>
{
    public StaffRowValidator()
    {
        this.RuleForTyped(r => r.FullName).FullName();
        this.RuleForTyped(r => r.Email).Email();
        this.RuleForTyped(r => r.StaffCode).StaffCode();
        this.RuleForTyped(r => r.UnitCode).NotEmpty().WithErrorCode("import.unit.required").WithMessage("Enter the unit code.");
        this.RuleForTyped(r => r.Role).NotEmpty().WithErrorCode("import.role.required").WithMessage("Enter the role.");
        RuleForEach(r => new[] { r.FullName, r.Email, r.StaffCode, r.UnitCode, r.Role }.Select(UserText.Normalize))
            .Must(cell => cell.Length == 0 || !"=+-@".Contains(cell[0], StringComparison.Ordinal))
            .OverridePropertyName("Row")
            .WithErrorCode("import.cell.formula").WithMessage("A cell starts with =, +, - or @ and looks like a formula.");
    }
}
