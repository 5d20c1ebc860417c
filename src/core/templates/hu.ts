// Magyar sablonszövegek. The numbers match values.ts; suffixes follow how the number is read aloud
// (18 000-ről, 45%-ra, 2,4-ről).
import type { TemplateCatalogue } from './types';

/** Built on call, not at load: Apps Script evaluates the whole bundle before every custom-function call. */
export function huTemplates(): TemplateCatalogue {
  return {
    seo: {
      name: 'Keresőoptimalizálás (SEO)',
      description: 'Láthatóság az organikus keresésben: helyezések, forgalom és a keresésből érkező minősített leadek.',
      objectives: [
        {
          text: 'Legyünk mi a válasz, amikor valaki arra keres, amit csinálunk',
          keyResults: [
            'Növeljük a havi organikus munkamenetek számát 18 000-ről 26 000-re',
            'Kerüljünk a Google első oldalára 20 kiemelt kulcsszavunkból 12-re, a mostani 5 helyett',
            'Növeljük az organikus keresésből érkező minősített leadek számát havi 140-ről 210-re',
          ],
        },
        {
          text: 'Adjunk minden keresőből érkező látogatónak gyors, hiteles oldalt, ahol érdemes maradni',
          keyResults: [
            'Csökkentsük az organikus landing oldalak visszafordulási arányát 62%-ról 45%-ra',
            'Csökkentsük az 50 legnépszerűbb oldal mobilos betöltési idejét (LCP) 3,2 másodpercről 1,8 másodpercre',
            'Növeljük a ránk hivatkozó domainek számát 340-ről 450-re',
            'Növeljük az organikus látogatók konverziós arányát 1,4%-ról 2,2%-ra',
          ],
        },
      ],
    },
    social: {
      name: 'Közösségi média',
      description: 'Közönségnövelés és elköteleződés azokon a platformokon, ahol a vásárlóink az idejüket töltik.',
      objectives: [
        {
          text: 'Építsünk közösséget, amely minden posztunkat várja',
          keyResults: [
            'Növeljük az Instagram-követők számát 24 000-ről 31 000-re',
            'Növeljük a posztonkénti átlagos elköteleződési arányt 2,1%-ról 3,5%-ra',
            'Növeljük a havi megosztások és mentések számát 1800-ról 3000-re',
          ],
        },
        {
          text: 'Váltsuk a közösségi figyelmet valódi látogatásokra és regisztrációkra',
          keyResults: [
            'Növeljük a közösségi médiából érkező havi munkamenetek számát 6500-ról 10 000-re',
            'Növeljük a közösségi médiának tulajdonítható regisztrációk számát havi 120-ról 200-ra',
            'Csökkentsük a kommentekre és üzenetekre adott válasz átlagos idejét 9 óráról 2 órára',
          ],
        },
      ],
    },
    content: {
      name: 'Tartalommarketing',
      description: 'Cikkek, útmutatók, videók és hírlevél: tartalom, amely vonz, tanít és vásárlóvá alakít.',
      objectives: [
        {
          text: 'Legyünk a szakmánk leghasznosabb hangja',
          keyResults: [
            'Növeljük a blog havi olvasóinak számát 40 000-ről 55 000-re',
            'Növeljük a hírlevél-feliratkozók számát 8200-ról 10 500-ra',
            'Szerezzünk 120 új visszamutató linket a cikkeinkre ebben a negyedévben, az előző negyedéves 60 helyett',
          ],
        },
        {
          text: 'Minden megjelenő tartalmunk tegye hozzá a maga részét a növekedéshez',
          keyResults: [
            'Növeljük az oldalon töltött átlagos időt 1,8 percről 3 percre',
            'Növeljük az e-book-letöltések számát ebben a negyedévben 900-ról 1500-ra',
            'Növeljük a tartalomból érkező marketing-minősített leadek (MQL) arányát 18%-ról 30%-ra',
          ],
        },
      ],
    },
    email: {
      name: 'E-mail marketing',
      description: 'Kampányok és automatizált levélsorozatok, amelyeket megnyitnak, amelyekre kattintanak, és amelyekből vásárolnak.',
      objectives: [
        {
          text: 'Küldjünk olyan leveleket, amelyeket öröm megnyitni',
          keyResults: [
            'Növeljük az átlagos megnyitási arányt 24%-ról 30%-ra',
            'Növeljük az átkattintási arányt 3%-ról 5%-ra',
            'Csökkentsük a kampányonkénti leiratkozási arányt 0,6%-ról 0,3%-ra',
          ],
        },
        {
          text: 'Tegyük az e-mailt a legjövedelmezőbb csatornánkká',
          keyResults: [
            'Növeljük az e-mailből származó havi bevételt 42 000 dollárról 60 000 dollárra',
            'Növeljük az üdvözlő levélsorozat konverziós arányát 4%-ról 7%-ra',
            'Növeljük az aktív feliratkozók számát 35 000-ről 42 000-re',
          ],
        },
      ],
    },
    paidAds: {
      name: 'Fizetett hirdetések',
      description: 'Keresési, közösségi és display kampányok, amelyek a vállalkozás számára elviselhető áron hoznak növekedést.',
      objectives: [
        {
          text: 'Minden hirdetésre költött dollár dolgozzon keményebben',
          keyResults: [
            'Csökkentsük a leadenkénti költséget 48 dollárról 35 dollárra',
            'Növeljük a hirdetési megtérülést (ROAS) 2,4-ről 3,5-re',
            'Növeljük a keresési hirdetések átkattintási arányát (CTR) 3,1%-ról 4,5%-ra',
          ],
        },
        {
          text: 'Érjünk el új közönségeket anélkül, hogy feladnánk a hatékonyságot',
          keyResults: [
            'Szerezzünk ebben a negyedévben 1200 új ügyfelet a fizetett csatornákon, az előző negyedéves 800 helyett',
            'Vigyük le az ügyfélszerzési költséget (CAC) a mostani 172 dollárról legfeljebb 150 dollárra',
            'Növeljük az új közönségszegmensekben elért havi megjelenések számát 400 000-ről 900 000-re',
          ],
        },
      ],
    },
    pr: {
      name: 'PR és sajtókapcsolatok',
      description: 'Kiérdemelt médiamegjelenések, hírnév és azok a történetek, amelyeket mások mesélnek a márkáról.',
      objectives: [
        {
          text: 'Legyünk az a márka, amelyet az újságírók elsőként hívnak',
          keyResults: [
            'Növeljük a kiérdemelt médiamegjelenések számát negyedévente 15-ről 30-ra',
            'Növeljük azon vezető kiadványok számát, amelyekben megjelenünk, 1-ről 5-re',
            'Növeljük a hangunk részesedését (share of voice) a fő versenytársakkal szemben 12%-ról 20%-ra',
          ],
        },
        {
          text: 'Szerezzünk olyan hírnevet, amelyben az emberek bíznak, és amelyről beszélnek',
          keyResults: [
            'Növeljük az online értékelések átlagát 4,1-ről 4,5-re',
            'Csökkentsük a negatív médiaemlítések havi számát 40-ről 25-re',
            'Növeljük a márkanévre irányuló havi keresések számát 9000-ről 12 000-re',
          ],
        },
      ],
    },
    partnerships: {
      name: 'Partnerségek',
      description: 'Stratégiai szövetségek, közös marketing és ajánló partnerek, amelyek új piacokat nyitnak meg.',
      objectives: [
        {
          text: 'Építsünk olyan partnerhálózatot, amely egyedül elérhetetlen ajtókat nyit meg előttünk',
          keyResults: [
            'Növeljük az aktív partnerek számát 18-ról 30-ra',
            'Növeljük a partnerektől származó negyedéves bevételt 90 000 dollárról 150 000 dollárra',
            'Növeljük a partnerektől érkező ügyfélajánlások számát negyedévente 60-ról 110-re',
          ],
        },
        {
          text: 'Legyünk az a partner, akivel mindenki dolgozni szeretne',
          keyResults: [
            'Növeljük a partnerek elégedettségét 7,2-ről 8,5-re (10-es skálán)',
            'Indítsunk ebben a negyedévben 6 közös kampányt a partnerekkel, az előző negyedéves 2 helyett',
            'Csökkentsük az éves partnerlemorzsolódást 15%-ról 8%-ra',
          ],
        },
      ],
    },
    customerSuccess: {
      name: 'Ügyfélsiker',
      description: 'Meglévő ügyfeleink elégedettsége, megtartása és élettartam-értéke.',
      objectives: [
        {
          text: 'Tegyük annyira sikeressé az ügyfeleinket, hogy eszükbe se jusson távozni',
          keyResults: [
            'Csökkentsük a havi ügyfél-lemorzsolódást 3,8%-ról 2,5%-ra',
            'Növeljük a nettó ajánlói pontszámot (NPS) 32-ről 45-re',
            'Növeljük a nettó bevételmegtartást 98%-ról 106%-ra',
          ],
        },
        {
          text: 'Minden ügyfél gyors és személyes segítséget kapjon',
          keyResults: [
            'Vigyük le a támogatási jegyekre adott első válasz idejét a mostani 180 percről legfeljebb 60 percre',
            'Csökkentsük a jegyek átlagos megoldási idejét 26 óráról 12 órára',
            'Növeljük az ügyfél-elégedettséget (CSAT) 4,2-ről 4,6-ra (5-ös skálán)',
            'Növeljük azon új ügyfelek arányát, akik 30 napon belül befejezik a bevezetést (onboarding), 55%-ról 75%-ra',
          ],
        },
      ],
    },
    mobile: {
      name: 'Mobilmarketing',
      description: 'Láthatóság az alkalmazásboltokban, telepítések, aktiválás és megtartás mobilon.',
      objectives: [
        {
          text: 'Az alkalmazásboltban a mi appunkat válasszák',
          keyResults: [
            'Növeljük a havi alkalmazástelepítések számát 12 000-ről 18 000-re',
            'Növeljük az áruházi adatlapunk konverziós arányát 27%-ról 35%-ra',
            'Növeljük az alkalmazás átlagos értékelését az áruházban 4,0-ról 4,5-re',
          ],
        },
        {
          text: 'Váltsuk az új telepítéseket hűséges, mindennapos felhasználókká',
          keyResults: [
            'Növeljük a 30. napi megtartást 18%-ról 25%-ra',
            'Növeljük a havi aktív felhasználók számát 45 000-ről 60 000-re',
            'Érjük el, hogy az összeomlás nélküli munkamenetek aránya a mostani 98,6% helyett legalább 99,5% legyen',
            'Csökkentsük az alkalmazás indulási idejét 2400 ezredmásodpercről 1200 ezredmásodpercre',
          ],
        },
      ],
    },
    productMarketing: {
      name: 'Termékmarketing',
      description: 'Pozicionálás, termékbevezetések és az a kereslet, amely a terméknek piaci részesedést szerez.',
      objectives: [
        {
          text: 'Vezessük be az új termékünket úgy, hogy a piacán ez legyen a kézenfekvő választás',
          keyResults: [
            'Gyűjtsünk 1000 regisztrációt a bevezetés előtt, a mostani 250 helyett',
            'Növeljük a havi demóigénylések számát 160-ról 240-re',
            'Érjünk el havi 120 000 dollár ismétlődő bevételt az új termékből, 0 dollárról indulva',
          ],
        },
        {
          text: 'Meséljünk olyan történetet a termékről, amelyet az ügyfeleink a saját szavaikkal adnak tovább',
          keyResults: [
            'Növeljük a nyerési arányt a fő versenytársunkkal szemben 22%-ról 30%-ra',
            'Növeljük azon megkérdezett vásárlók arányát, akik meg tudják nevezni a fő előnyünket, 35%-ról 60%-ra',
            'Csökkentsük a termék működésére vonatkozó értékesítési kérdések számát havi 320-ról 200-ra',
          ],
        },
      ],
    },
    abTesting: {
      name: 'A/B tesztelés',
      description: 'Kísérletek oldalakon, e-mailekben és ajánlatokban, és az adataikból hozott döntések.',
      objectives: [
        {
          text: 'Vélemények helyett kísérletek alapján döntsünk',
          keyResults: [
            'Futtassunk ebben a negyedévben 24 A/B tesztet a kulcsfontosságú landing oldalakon, az előző negyedéves 8 helyett',
            'Növeljük a statisztikailag szignifikáns eredményt hozó tesztek arányát 40%-ról 70%-ra',
            'Csökkentsük az ötlettől a teszt indításáig eltelt időt 12 napról 5 napra',
          ],
        },
        {
          text: 'Minden tanulságból olyan oldal szülessen, amely jobban konvertál',
          keyResults: [
            'Növeljük a weboldal konverziós arányát 2,3%-ról 3%-ra',
            'Növeljük az átlagos kosárértéket 68 dollárról 75 dollárra',
            'Növeljük a kezdőlapi cselekvésre ösztönző gomb (CTA) átkattintási arányát 2%-ról 5%-ra',
            'Csökkentsük a kosárelhagyási arányt 71%-ról 60%-ra',
          ],
        },
      ],
    },
  };
}
