using EmulationPortal.Application.Common;
using EmulationPortal.Domain.Initiatives;
using FluentValidation;

namespace EmulationPortal.Application.Initiatives;

/// <summary>What the initiative form edits; mutable so the page binds to it. <see cref="Id"/> null writes a new draft.</summary>
public sealed class InitiativeForm
{
    public int? Id { get; set; }
    public Guid Version { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Problem { get; set; } = string.Empty;
    public string Solution { get; set; } = string.Empty;
    public string AppliedAt { get; set; } = string.Empty;
    public DateTime? AppliedSince { get; set; }
    public double? SavingVnd { get; set; }
    public double? SavingHours { get; set; }
    public List<AuthorShare> Authors { get; set; } = [];

    /// <summary>File it with the council on saving (a draft stays editable; a filed one does not).</summary>
    public bool File { get; set; }

    public sealed class AuthorShare
    {
        public string UserId { get; set; } = string.Empty;
        public double? Share { get; set; }
    }

    public sealed class Validator : AbstractValidator<InitiativeForm>
    {
        public Validator()
        {
            this.RuleForTyped(f => f.Title).NotEmpty().WithErrorCode("initiative.title.required")
                .MaximumLength(InitiativeContent.TitleMaxLength).WithErrorCode("initiative.title.tooLong");
            this.RuleForTyped(f => f.Problem).NotEmpty().WithErrorCode("initiative.problem.required")
                .MaximumLength(InitiativeContent.TextMaxLength).WithErrorCode("initiative.problem.tooLong");
            this.RuleForTyped(f => f.Solution).NotEmpty().WithErrorCode("initiative.solution.required")
                .MaximumLength(InitiativeContent.TextMaxLength).WithErrorCode("initiative.solution.tooLong");
            this.RuleForTyped(f => f.AppliedAt).NotEmpty().WithErrorCode("initiative.appliedAt.required")
                .MaximumLength(InitiativeContent.AppliedAtMaxLength).WithErrorCode("initiative.appliedAt.tooLong");
            RuleFor(f => f.AppliedSince).NotNull().WithErrorCode("initiative.appliedSince.required");
            RuleFor(f => f.SavingVnd).InclusiveBetween(0, InitiativeContent.MaxSaving).When(f => f.SavingVnd is not null).WithErrorCode("initiative.saving.outOfRange");
            RuleFor(f => f.SavingHours).InclusiveBetween(0, InitiativeContent.MaxSaving).When(f => f.SavingHours is not null).WithErrorCode("initiative.saving.outOfRange");
            RuleFor(f => f.Authors).Must(a => a.Count is > 0 and <= Initiative.MaxAuthors).WithErrorCode("initiative.authors.count");
            RuleFor(f => f.Authors).Must(a => a.All(x => x.Share is > 0 and <= 100) && Math.Abs(a.Sum(x => x.Share ?? 0) - 100) <= 0.01)
                .When(f => f.Authors.Count > 0).WithErrorCode("initiative.authors.shares");
            RuleFor(f => f.Authors).Must(a => a.All(x => x.UserId.Length > 0) && a.Select(x => x.UserId).Distinct(StringComparer.Ordinal).Count() == a.Count)
                .WithErrorCode("initiative.authors.duplicate");
        }
    }
}
