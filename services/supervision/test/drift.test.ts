import supervision from '../src/service';
import { describeDrift } from '@shanzhi/kit/testing';

describeDrift(supervision);
