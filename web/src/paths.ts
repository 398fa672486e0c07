/** Client routes, in Vietnamese as users see them in the address bar. */
export const paths = {
  login: '/dang-nhap',
  home: '/',
  units: '/don-vi',
  people: '/ca-nhan',
  imports: '/nhap-xuat',
  audit: '/nhat-ky',
  movements: '/phong-trao',
  movement: (id: number | string) => `/phong-trao/${id}`,
  planImport: '/phong-trao/nhap-tu-tai-lieu',
  deadlines: '/thoi-han',
  indices: '/chi-so',
  initiatives: '/sang-kien',
  discipline: '/ky-luat',
  ratings: '/xep-loai',
  council: '/hoi-dong',
  decisions: '/khen-thuong',
  upcoming: (slug: string) => `/sap-co/${slug}`,
};

/** The people list filtered by a unit, e.g. from a unit's detail panel. */
export const peopleOfUnit = (unitId: number) => `${paths.people}?donVi=${unitId}`;
