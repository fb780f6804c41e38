//! What the demo company sells and whom it sells to: products, market
//! segments and competitors.

use super::ctx::{cny_yuan, Gen, ProductRef, World};
use super::names::Pair;
use super::names::INDUSTRIES;
use crate::domain::{Competitor, MarketRole, PriceTier, Product, Segment, Swot, TierMode};

struct ProductDef {
    name: Pair,
    sku: &'static str,
    category: Pair,
    unit: Pair,
    list_yuan: i64,
    /// (min quantity, unit price in yuan)
    tiers: &'static [(u32, i64)],
    mode: TierMode,
    service_pack: bool,
    /// Indexes of the catalogue entries this bundle contains.
    bundle_of: &'static [usize],
}

const SOFTWARE: Pair = ("软件", "Software");
const HARDWARE: Pair = ("硬件", "Hardware");
const SUBSCRIPTION: Pair = ("软件订阅", "Subscription");
const SERVICE: Pair = ("服务", "Services");
const SET: Pair = ("套", "set");
const DEVICE: Pair = ("台", "unit");
const USER_YEAR: Pair = ("用户/年", "user/year");
const YEAR: Pair = ("年", "year");

const fn def(name: Pair, sku: &'static str, category: Pair, unit: Pair, list_yuan: i64) -> ProductDef {
    ProductDef {
        name,
        sku,
        category,
        unit,
        list_yuan,
        tiers: &[],
        mode: TierMode::Slab,
        service_pack: false,
        bundle_of: &[],
    }
}

/// The first eight are the compact catalogue; they already cover tiers in both
/// modes, a bundle and two service packs.
const CATALOGUE: &[ProductDef] = &[
    def(("生产执行系统 MES 标准版", "MES Standard Edition"), "SF-MES-STD", SOFTWARE, SET, 280_000),
    def(("智能仓储管理系统 WMS", "Smart Warehouse Management (WMS)"), "SF-WMS-01", SOFTWARE, SET, 120_000),
    ProductDef {
        tiers: &[(1, 6_800), (20, 6_200), (100, 5_600)],
        mode: TierMode::Range,
        ..def(("工业物联网网关", "Industrial IoT Gateway"), "SF-GW-200", HARDWARE, DEVICE, 6_800)
    },
    ProductDef {
        tiers: &[(1, 1_800), (50, 1_500), (200, 1_200)],
        mode: TierMode::Slab,
        ..def(("数据分析平台", "Analytics Platform"), "SF-BI-USR", SUBSCRIPTION, USER_YEAR, 1_800)
    },
    def(("实施服务", "Implementation Services"), "SF-SVC-IMP", SERVICE, ("人天", "person-day"), 2_500),
    ProductDef {
        service_pack: true,
        ..def(("年度运维服务包", "Annual Support Pack"), "SF-PACK-OM", SERVICE, YEAR, 48_000)
    },
    ProductDef {
        bundle_of: &[0, 2, 3],
        ..def(("数字工厂套装", "Digital Factory Bundle"), "SF-BDL-DF", ("解决方案", "Solutions"), SET, 450_000)
    },
    ProductDef {
        service_pack: true,
        ..def(("培训服务包", "Training Pack"), "SF-PACK-TRN", SERVICE, ("次", "session"), 15_000)
    },
    ProductDef {
        tiers: &[(1, 3_200), (50, 2_900), (200, 2_600)],
        mode: TierMode::Slab,
        ..def(("RFID 读写器", "RFID Reader"), "SF-RFID-R2", HARDWARE, DEVICE, 3_200)
    },
    ProductDef {
        tiers: &[(1, 600), (100, 480)],
        mode: TierMode::Range,
        ..def(("移动巡检 App", "Mobile Inspection App"), "SF-APP-INS", SUBSCRIPTION, USER_YEAR, 600)
    },
    def(("云托管服务", "Managed Cloud Hosting"), "SF-CLD-HOST", ("云服务", "Cloud"), YEAR, 36_000),
    def(("扫码终端", "Handheld Scanner"), "SF-SCN-H1", HARDWARE, DEVICE, 1_500),
];

pub(super) fn products(g: &mut Gen, w: &mut World, count: usize) {
    let count = count.clamp(8, CATALOGUE.len());
    let mut ids = Vec::with_capacity(count);
    for d in CATALOGUE.iter().take(count) {
        // Bundles are assembled after their parts exist.
        let created_at = if d.bundle_of.is_empty() { g.ago(900, 1_100) } else { g.ago(400, 600) };
        let id = g.id(created_at);
        ids.push(id);
        let name = g.t(d.name);
        w.data.products.push(Product {
            external_id: None,
            id,
            created_at,
            updated_at: g.between(created_at, g.now),
            name: name.to_string(),
            sku: d.sku.to_string(),
            category: g.t(d.category).to_string(),
            unit: g.t(d.unit).to_string(),
            list_price: cny_yuan(d.list_yuan),
            tax_rate_bp: 1300,
            tiers: d.tiers.iter().map(|&(q, p)| PriceTier { min_quantity: q, unit_price_minor: p * 100 }).collect(),
            tier_mode: d.mode,
            bundle_of: d.bundle_of.iter().filter_map(|&k| ids.get(k).copied()).collect(),
            is_service_pack: d.service_pack,
            active: true,
        });
        w.products.push(ProductRef { id, list_minor: d.list_yuan * 100, name });
    }
}

struct SegmentDef {
    industry: usize,
    name: Pair,
    size: Pair,
    behaviour: Pair,
    potential_yuan: i64,
    role: MarketRole,
    strategy: Pair,
    pains: &'static [Pair],
}

const SEGMENTS: &[SegmentDef] = &[
    SegmentDef {
        industry: 0,
        name: ("中大型离散制造企业", "Mid-to-large discrete manufacturers"),
        size: ("500–5000 人", "500–5,000 employees"),
        behaviour: (
            "集中采购，决策周期 3–6 个月，重视案例与售后",
            "Central procurement, 3–6 month cycle, references matter",
        ),
        potential_yuan: 80_000_000,
        role: MarketRole::Challenger,
        strategy: (
            "以数字工厂套装切入，强调快速上线与本地化服务",
            "Lead with the Digital Factory bundle; stress fast go-live and local service",
        ),
        pains: &[
            ("生产数据不透明", "No visibility of shop-floor data"),
            ("交付周期长", "Long delivery lead times"),
            ("质量追溯困难", "Hard to trace quality issues"),
        ],
    },
    SegmentDef {
        industry: 5,
        name: ("区域物流与仓储企业", "Regional logistics and warehousing"),
        size: ("100–2000 人", "100–2,000 employees"),
        behaviour: ("价格敏感，偏好分期与订阅", "Price sensitive; prefers instalments and subscriptions"),
        potential_yuan: 35_000_000,
        role: MarketRole::Leader,
        strategy: (
            "WMS + 扫码终端组合报价，突出库存准确率提升",
            "Quote WMS with scanners; show inventory-accuracy gains",
        ),
        pains: &[("库存不准", "Inaccurate inventory"), ("人工成本高", "High labour cost")],
    },
    SegmentDef {
        industry: 1,
        name: ("连锁零售", "Retail chains"),
        size: ("50 家门店以上", "50+ stores"),
        behaviour: ("总部统一决策，重视投资回报", "HQ decides; ROI driven"),
        potential_yuan: 20_000_000,
        role: MarketRole::Niche,
        strategy: ("以门店移动巡检切入，逐步扩展到供应链", "Enter via store inspection app, expand into supply chain"),
        pains: &[("门店执行不一致", "Inconsistent store execution"), ("补货不及时", "Late replenishment")],
    },
    SegmentDef {
        industry: 3,
        name: ("医疗器械生产企业", "Medical-device makers"),
        size: ("200–3000 人", "200–3,000 employees"),
        behaviour: ("合规要求高，决策链长", "Heavily regulated; long decision chain"),
        potential_yuan: 25_000_000,
        role: MarketRole::Niche,
        strategy: ("突出 GMP 合规与批次追溯能力", "Lead with GMP compliance and batch traceability"),
        pains: &[("合规审计压力", "Audit pressure"), ("批次追溯", "Batch traceability")],
    },
    SegmentDef {
        industry: 6,
        name: ("IT 服务与系统集成商", "IT services and integrators"),
        size: ("50–1000 人", "50–1,000 employees"),
        behaviour: ("渠道合作为主，关注毛利", "Partner-led; margin focused"),
        potential_yuan: 15_000_000,
        role: MarketRole::Challenger,
        strategy: ("发展为渠道伙伴，提供联合解决方案", "Recruit as channel partners with joint solutions"),
        pains: &[("交付资源紧张", "Stretched delivery teams")],
    },
    SegmentDef {
        industry: 4,
        name: ("职业院校与培训机构", "Vocational schools and training providers"),
        size: ("不限", "Any size"),
        behaviour: ("预算按学年审批，招投标采购", "Budget per school year; public tender"),
        potential_yuan: 8_000_000,
        role: MarketRole::Niche,
        strategy: ("以实训平台 + 培训服务包形式参与投标", "Bid with a lab platform plus training packs"),
        pains: &[("实训设备落后", "Outdated lab equipment")],
    },
];

pub(super) fn segments(g: &mut Gen, w: &mut World, count: usize) {
    w.segment_by_industry = vec![None; INDUSTRIES.len()];
    for (i, s) in SEGMENTS.iter().take(count.clamp(1, SEGMENTS.len())).enumerate() {
        let created_at = g.ago(300, 420);
        let id = g.id(created_at);
        w.segment_by_industry[s.industry] = Some(id);
        w.data.segments.push(Segment {
            id,
            created_at,
            updated_at: g.between(created_at, g.now),
            name: g.t(s.name).to_string(),
            industry: g.t(INDUSTRIES[s.industry]).to_string(),
            company_size: g.t(s.size).to_string(),
            region: g.t(("全国", "Nationwide")).to_string(),
            buying_behaviour: g.t(s.behaviour).to_string(),
            potential: Some(cny_yuan(s.potential_yuan)),
            priority: (i + 1).min(5) as u8,
            strategy: g.t(s.strategy).to_string(),
            pain_points: s.pains.iter().map(|p| g.t(*p).to_string()).collect(),
            our_role: Some(s.role),
            price_notes: g
                .t(("标准价下浮不超过 10%，年框客户另议", "Max 10% below list; framework deals negotiated"))
                .to_string(),
            channel_notes: g
                .t(("直销为主，重点城市发展 1–2 家伙伴", "Mainly direct; 1–2 partners per key city"))
                .to_string(),
            promotion_notes: g
                .t(("行业展会 + 标杆客户案例研讨会", "Trade shows plus reference-customer seminars"))
                .to_string(),
        });
    }
}

const COMPETITORS: &[(Pair, usize)] = &[
    (("智云工业软件", "CloudWorks Industrial"), 0),
    (("海川信息技术", "Oceanic Systems"), 1),
    (("达睿数据", "Daray Data"), 3),
    (("工联科技", "FactoryLink Tech"), 0),
];

const STRENGTHS: &[Pair] = &[
    ("本地化实施团队响应快", "Local implementation team responds fast"),
    ("行业案例丰富", "Many industry references"),
    ("产品模块化，可分期上线", "Modular product, phased go-live"),
];
const WEAKNESSES: &[Pair] = &[
    ("品牌知名度不及对手", "Less brand recognition"),
    ("高端客户案例较少", "Few enterprise references"),
    ("价格高于低端竞品", "Pricier than low-end rivals"),
];
const OPPORTUNITIES: &[Pair] = &[
    ("智能制造政策补贴", "Smart-manufacturing subsidies"),
    ("对手大客户续约不满", "Rival's key accounts unhappy at renewal"),
    ("中小企业上云加速", "SMEs moving to the cloud"),
];
const THREATS: &[Pair] = &[
    ("对手低价抢单", "Rival undercuts on price"),
    ("大厂推出免费版", "Big vendor launches a free tier"),
    ("客户预算收紧", "Customer budgets tightening"),
];

pub(super) fn competitors(g: &mut Gen, w: &mut World, count: usize) {
    for &(name, product) in COMPETITORS.iter().take(count.clamp(1, COMPETITORS.len())) {
        let created_at = g.ago(200, 400);
        let id = g.id(created_at);
        let two = |g: &mut Gen, pool: &[Pair]| {
            let a = g.below(pool.len());
            let b = (a + 1 + g.below(pool.len() - 1)) % pool.len();
            vec![g.t(pool[a]).to_string(), g.t(pool[b]).to_string()]
        };
        let swot = Swot {
            strengths: two(g, STRENGTHS),
            weaknesses: two(g, WEAKNESSES),
            opportunities: two(g, OPPORTUNITIES),
            threats: two(g, THREATS),
        };
        w.data.competitors.push(Competitor {
            id,
            created_at,
            updated_at: g.between(created_at, g.now),
            name: g.t(name).to_string(),
            product_id: w.products.get(product).map(|p| p.id),
            swot,
            notes: g.t(("常在招投标中与我方同台竞争", "Often bids against us in tenders")).to_string(),
        });
    }
}
