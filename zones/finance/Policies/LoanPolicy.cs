namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// A loan policy product (贷款政策产品) in the table the operator maintains: a bank's or a government programme's
/// offer and who qualifies for it.
/// </summary>
/// <param name="Id">Stable id, usable as a row key: lower-case letters, digits and '-'.</param>
/// <param name="Name">Chinese name, e.g. 科技型中小企业信用贷.</param>
/// <param name="NameEnglish">English name.</param>
/// <param name="Lender">The bank or programme offering it.</param>
/// <param name="Criteria">Who qualifies.</param>
public sealed record LoanPolicy(string Id, string Name, string NameEnglish, string Lender, LoanPolicyCriteria Criteria);
