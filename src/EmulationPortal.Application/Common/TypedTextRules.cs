using System.Linq.Expressions;
using EmulationPortal.Domain.Common;
using FluentValidation;

namespace EmulationPortal.Application.Common;

/// <summary>Rules for a field a person types, judged on the text as it will be stored.</summary>
public static class TypedTextRules
{
    /// <summary>
    /// Like <c>RuleFor</c>, but the rules see <see cref="UserText.Normalize"/>d text (control and bidi characters gone,
    /// trimmed, NFC), so a length limit counts what is stored and blank-looking text is empty. Errors keep the field's name.
    /// </summary>
    public static IRuleBuilderInitial<T, string> RuleForTyped<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> field)
    {
        var name = ((MemberExpression)field.Body).Member.Name;
        var read = field.Compile();
        return validator.RuleFor(x => UserText.Normalize(read(x))).Configure(rule => rule.PropertyName = name);
    }
}
