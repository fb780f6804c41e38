//! Sales territories: real regions, provinces and cities (with coordinates so
//! field-visit check-ins land near the customer).

pub(super) struct CityDef {
    pub zh: &'static str,
    pub en: &'static str,
    /// Microdegrees, so jitter stays integer arithmetic.
    pub lat_ud: i64,
    pub lon_ud: i64,
}

pub(super) struct ProvinceDef {
    pub zh: &'static str,
    pub en: &'static str,
    pub cities: &'static [CityDef],
    /// Whether the compact (≈30 people) organisation covers this province.
    pub compact: bool,
}

pub(super) struct RegionDef {
    pub zh: &'static str,
    pub en: &'static str,
    pub provinces: &'static [ProvinceDef],
}

const fn city(zh: &'static str, en: &'static str, lat_ud: i64, lon_ud: i64) -> CityDef {
    CityDef { zh, en, lat_ud, lon_ud }
}

pub(super) const REGIONS: &[RegionDef] = &[
    RegionDef {
        zh: "华东",
        en: "East",
        provinces: &[
            ProvinceDef {
                zh: "上海市",
                en: "Shanghai",
                compact: true,
                cities: &[city("上海", "Shanghai", 31_230_400, 121_473_700)],
            },
            ProvinceDef {
                zh: "浙江省",
                en: "Zhejiang",
                compact: true,
                cities: &[
                    city("杭州", "Hangzhou", 30_274_100, 120_155_100),
                    city("宁波", "Ningbo", 29_868_300, 121_543_900),
                ],
            },
            ProvinceDef {
                zh: "江苏省",
                en: "Jiangsu",
                compact: false,
                cities: &[
                    city("南京", "Nanjing", 32_060_300, 118_796_900),
                    city("苏州", "Suzhou", 31_298_900, 120_585_300),
                ],
            },
        ],
    },
    RegionDef {
        zh: "华北",
        en: "North",
        provinces: &[
            ProvinceDef {
                zh: "北京市",
                en: "Beijing",
                compact: true,
                cities: &[city("北京", "Beijing", 39_904_200, 116_407_400)],
            },
            ProvinceDef {
                zh: "山东省",
                en: "Shandong",
                compact: true,
                cities: &[
                    city("济南", "Jinan", 36_651_200, 117_120_000),
                    city("青岛", "Qingdao", 36_067_100, 120_382_600),
                ],
            },
            ProvinceDef {
                zh: "天津市",
                en: "Tianjin",
                compact: false,
                cities: &[city("天津", "Tianjin", 39_343_400, 117_361_600)],
            },
        ],
    },
    RegionDef {
        zh: "华南",
        en: "South",
        provinces: &[
            ProvinceDef {
                zh: "广东省",
                en: "Guangdong",
                compact: true,
                cities: &[
                    city("广州", "Guangzhou", 23_129_100, 113_264_400),
                    city("深圳", "Shenzhen", 22_543_100, 114_057_900),
                    city("东莞", "Dongguan", 23_020_500, 113_751_800),
                ],
            },
            ProvinceDef {
                zh: "福建省",
                en: "Fujian",
                compact: true,
                cities: &[
                    city("厦门", "Xiamen", 24_479_800, 118_089_400),
                    city("福州", "Fuzhou", 26_074_500, 119_296_500),
                ],
            },
        ],
    },
    RegionDef {
        zh: "西南",
        en: "West",
        provinces: &[
            ProvinceDef {
                zh: "四川省",
                en: "Sichuan",
                compact: true,
                cities: &[
                    city("成都", "Chengdu", 30_572_800, 104_066_800),
                    city("绵阳", "Mianyang", 31_467_600, 104_679_100),
                ],
            },
            ProvinceDef {
                zh: "重庆市",
                en: "Chongqing",
                compact: false,
                cities: &[city("重庆", "Chongqing", 29_563_000, 106_551_600)],
            },
            ProvinceDef {
                zh: "云南省",
                en: "Yunnan",
                compact: false,
                cities: &[city("昆明", "Kunming", 25_038_900, 102_718_300)],
            },
        ],
    },
];

/// Street names for addresses typed in by hand when geolocation is denied.
pub(super) const STREETS: &[(&str, &str)] = &[
    ("人民路", "Renmin Road"),
    ("中山路", "Zhongshan Road"),
    ("解放路", "Jiefang Road"),
    ("建设路", "Jianshe Road"),
    ("科技园路", "Science Park Road"),
    ("工业大道", "Industrial Avenue"),
    ("滨江大道", "Riverside Avenue"),
    ("高新区创业路", "Chuangye Road, Hi-Tech Zone"),
];
