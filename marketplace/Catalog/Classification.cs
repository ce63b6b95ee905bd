namespace DataZones.Marketplace.Catalog;

/// <summary>
/// The data classification grade of a product (数据分类分级: 一般 / 重要 / 核心). It decides who approves a
/// subscription and what the pipeline allows: general data may be approved by policy; important and core data need
/// the operator's approval, and a subscription carries the highest grade it was approved for.
/// </summary>
public enum Classification
{
    General = 0,
    Important = 1,
    Core = 2,
}
