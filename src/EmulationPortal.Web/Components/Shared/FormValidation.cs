using FluentValidation;

namespace EmulationPortal.Web.Components.Shared;

/// <summary>
/// One validator, two uses: the MudForm asks the same FluentValidation validator the use case runs, field by field
/// (<c>&lt;MudForm Model="model" Validation="@Validation.For(validator)"&gt;</c> with <c>For="@(() => model.Field)"</c> on inputs).
/// </summary>
internal sealed class FormValidation(UserMessages messages)
{
    public Func<object, string, Task<IEnumerable<string>>> For<T>(IValidator<T> validator) => async (model, propertyName) =>
    {
        var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => messages.For(e.ErrorCode, e.ErrorMessage));
    };

    /// <summary>The same rules for one property, for an input that validates itself (a <c>NumberField</c> has no <c>For</c>).</summary>
    public IEnumerable<string> Of<T>(IValidator<T> validator, T model, string propertyName) =>
        validator.Validate(ValidationContext<T>.CreateWithOptions(model, o => o.IncludeProperties(propertyName))).Errors
            .Select(e => messages.For(e.ErrorCode, e.ErrorMessage));
}
